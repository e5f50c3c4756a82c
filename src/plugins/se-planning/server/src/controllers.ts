/** The plugin's admin controllers, by feature. */
import plan from './plan/controller';
import review from './review/controller';

export const controllers = { plan, review };
