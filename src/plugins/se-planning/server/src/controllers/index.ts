import plan from './plan';

export default { plan };
