/** The organisation URL the test build is made for, to prove every manifest URL follows ADDIN_URL. */
const TEST_ADDIN_URL = "https://quality.example.com/voc";

module.exports = { TEST_ADDIN_URL };
