import { termsOf } from './lib/text-terms';
console.log(termsOf('It lost 589 billion dollars.'), termsOf('Shares closed down 17% on 27 January 2025, about $589 billion of market value.'));
