/** The fifth blind WebMall set's file is well formed and its gold keeps the public conventions (README.md). */
import { describeHeldBackSet } from '../held-back-set-checks';

describeHeldBackSet('blind5', ['extra', 'blind', 'blind2', 'blind3', 'blind4']);
