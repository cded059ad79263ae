// One Jest run covers the pure libraries, the API's unit tests and the end-to-end suites.
// `npm run test:unit|test:api|test:web` select parts of it by path.
const moduleNameMapper = {
  '^@app/([^/]+)$': '<rootDir>/libs/$1/src',
  '^@app/([^/]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
};

const { availableParallelism } = require('os');

module.exports = {
  rootDir: __dirname,
  // Two suites at a time even on 2 cores: much of an end-to-end suite waits on solver threads,
  // child processes and the browser (the whole run took 20 minutes one at a time, 14 two at a time).
  maxWorkers: Math.max(2, availableParallelism() - 1),
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testMatch: ['<rootDir>/{libs,apps,test,bench}/**/*.{spec,e2e-spec}.{ts,tsx}'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleNameMapper,
  testTimeout: 30000,
};
