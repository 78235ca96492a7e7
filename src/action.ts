import { run } from './action/main.js';

// The action's entry (action.yml `runs.main`, bundled to dist/action.js): run() sets the outcome.
void run();
