/**
 * The forty-seventh held-back WebMall set's file is well formed and its gold keeps the public conventions (README.md).
 * The catalogue is used up: every task here reuses offers of earlier held-back sets (blind5 ... blind13, blind15,
 * blind19 ... blind28, blind30, blind31, blind33 ... blind36, blind38 ... blind43 and blind46) under a different need
 * (README.md lists each), so those sets are left out of the overlap check on purpose. Every other set stays in: no offer
 * of extra, blind, blind2 ... blind4, blind14, blind16 ... blind18, blind29, blind32, blind37 or the unspent blind44
 * and blind45 is used here.
 */
import { describeHeldBackSet } from '../held-back-set-checks';

describeHeldBackSet('blind47', ['extra', 'blind', 'blind2', 'blind3', 'blind4', 'blind14', 'blind16', 'blind17', 'blind18', 'blind29', 'blind32', 'blind37', 'blind44', 'blind45']);
