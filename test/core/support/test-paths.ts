/** A hand-written `paths` type for tests (a few Akeneo routes). */
export interface TestPaths {
  "/api/rest/v1/products/{code}": {
    parameters: { query?: never; header?: never; path: { code: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { code: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { "application/json": { identifier: string } };
        };
        401: {
          headers: { [name: string]: unknown };
          content: { "application/json": { code: number; message: string } };
        };
      };
    };
    patch: {
      parameters: { query?: never; header?: never; path: { code: string }; cookie?: never };
      requestBody: { content: { "application/json": Record<string, unknown> } };
      responses: {
        204: { headers: { [name: string]: unknown }; content?: never };
      };
    };
  };
  "/api/rest/v1/media-files": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { "multipart/form-data": { product?: string; file?: Blob } } };
      responses: {
        201: {
          headers: { [name: string]: unknown };
          content: { "application/json": { product: string; file: string } };
        };
      };
    };
  };
}
