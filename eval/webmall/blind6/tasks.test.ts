/** The sixth blind WebMall set's file is well formed and its gold keeps the public conventions (README.md). */
import { describeHeldBackSet } from '../held-back-set-checks';

describeHeldBackSet('blind6', ['extra', 'blind', 'blind2', 'blind3', 'blind4', 'blind5']);
