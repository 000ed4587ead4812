/**
 * The forty-sixth held-back WebMall set's file is well formed and its gold keeps the public conventions (README.md).
 * The catalogue is used up: every task here reuses offers of blind25 ... blind28, blind39 and blind41 under a
 * different need (README.md lists each), so those sets are left out of the overlap check on purpose. Every other
 * set stays in: no offer of extra, blind, blind2 ... blind24, blind29 ... blind38, blind40, blind42, blind43 or the
 * unspent blind44 is used here.
 */
import { describeHeldBackSet } from '../held-back-set-checks';

describeHeldBackSet('blind46', ['extra', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11', 'blind12', 'blind13', 'blind14', 'blind15', 'blind16', 'blind17', 'blind18', 'blind19', 'blind20', 'blind21', 'blind22', 'blind23', 'blind24', 'blind29', 'blind30', 'blind31', 'blind32', 'blind33', 'blind34', 'blind35', 'blind36', 'blind37', 'blind38', 'blind40', 'blind42', 'blind43', 'blind44', 'blind45']);
