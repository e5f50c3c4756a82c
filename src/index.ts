// The application itself only hosts the se-planning plugin and, later, the public API in src/api.
export default {
  register() {},
  bootstrap() {},
};
