import plan from './plan';
import review from './review';

export default { plan, review };
