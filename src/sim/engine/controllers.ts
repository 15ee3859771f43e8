// The controllers the simulated control plane runs, in a fixed order (ties in the queue break by sequence).
import type { Controller } from '../controllers/types';

export const CONTROLLERS: readonly Controller[] = [];
