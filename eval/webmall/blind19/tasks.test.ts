/**
 * The nineteenth held-back WebMall set's file is well formed and its gold keeps the public conventions (README.md).
 * extra, blind, blind2, ..., blind12 are left out of the overlap check on purpose: the catalogue is used up, and most
 * tasks here reuse offers of those oldest sets under a different need (README.md lists each).
 */
import { describeHeldBackSet } from '../held-back-set-checks';

describeHeldBackSet('blind19', ['blind13', 'blind14', 'blind15', 'blind16', 'blind17', 'blind18']);
