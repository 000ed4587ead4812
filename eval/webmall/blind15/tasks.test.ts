/** The fifteenth blind WebMall set's file is well formed and its gold keeps the public conventions (README.md). */
import { describeHeldBackSet } from '../held-back-set-checks';

describeHeldBackSet('blind15', ['extra', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11', 'blind12', 'blind13', 'blind14']);
