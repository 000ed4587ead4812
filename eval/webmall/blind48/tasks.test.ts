/**
 * The forty-eighth held-back WebMall set's file is well formed and its gold keeps the public conventions (README.md).
 * The catalogue is used up: every task here reuses offers of earlier held-back sets (blind5 ... blind9, blind11 ...
 * blind14, blind18, blind20 ... blind44) under a different need (README.md lists each), so those sets are left out of
 * the overlap check on purpose. Every other set stays in: no offer of extra, blind, blind2 ... blind4, blind10,
 * blind15 ... blind17, blind19, blind45 or blind46 is used here. blind47 and blind49 were not read while this set was
 * written, so they are not in the check either.
 */
import { describeHeldBackSet } from '../held-back-set-checks';

describeHeldBackSet('blind48', ['extra', 'blind', 'blind2', 'blind3', 'blind4', 'blind10', 'blind15', 'blind16', 'blind17', 'blind19', 'blind45', 'blind46']);
