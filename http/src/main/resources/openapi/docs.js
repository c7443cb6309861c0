// Renders this server's OpenAPI document with the bundled Swagger UI. Everything is loaded from
// this server: no validator badge (it would call out to the internet), no external fonts.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    defaultModelsExpandDepth: 0,
    displayOperationId: true,
    docExpansion: 'list',
    tryItOutEnabled: false
  });
});
