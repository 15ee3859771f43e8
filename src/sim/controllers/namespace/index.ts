export { namespaceController } from './namespaceController';
