import plan from './plan';
import review from './review';
import { benchStockControllers } from '../bench/stock-routes';

export default { plan, review, ...benchStockControllers() };
