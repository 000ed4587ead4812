import type { ShopNumber } from '../data/webmall';
import { shop1Theme } from './shop1/theme';
import { shop2Theme } from './shop2/theme';
import { shop3Theme } from './shop3/theme';
import { shop4Theme } from './shop4/theme';
import type { ShopTheme } from './types';

const THEMES: Record<ShopNumber, ShopTheme> = { 1: shop1Theme, 2: shop2Theme, 3: shop3Theme, 4: shop4Theme };

export const themeOf = (shop: ShopNumber): ShopTheme => THEMES[shop];
