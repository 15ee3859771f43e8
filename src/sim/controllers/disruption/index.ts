export { disruptionController, budgetsOfPod, budgetStatus, type Pdb } from './disruption';
