// One Jest run covers the pure libraries, the API's unit tests and the end-to-end suites.
// `npm run test:unit|test:api|test:web` select parts of it by path.
const moduleNameMapper = {
  '^@app/([^/]+)$': '<rootDir>/libs/$1/src',
  '^@app/([^/]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
};

module.exports = {
  rootDir: __dirname,
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
