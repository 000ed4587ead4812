/**
 * The forty-fifth held-back WebMall set's file is well formed and its gold keeps the public conventions (README.md).
 * The catalogue is used up: every task here reuses offers of blind5 ... blind24 under a different need (README.md
 * lists each), so those sets are left out of the overlap check on purpose. Every other set stays in: no offer of
 * extra, blind, blind2 ... blind4, blind25 ... blind43 or the unspent blind44 is used here.
 */
import { describeHeldBackSet } from '../held-back-set-checks';

describeHeldBackSet('blind45', ['extra', 'blind', 'blind2', 'blind3', 'blind4', 'blind25', 'blind26', 'blind27', 'blind28', 'blind29', 'blind30', 'blind31', 'blind32', 'blind33', 'blind34', 'blind35', 'blind36', 'blind37', 'blind38', 'blind39', 'blind40', 'blind41', 'blind42', 'blind43', 'blind44', 'blind46']);
