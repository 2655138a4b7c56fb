export * from './horacle.js';
