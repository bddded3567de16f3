using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Platform;

/// <summary>
/// Issue 3: "The OpenAPI document describes every endpoint with its request and response types." Walks every API route
/// the router knows and finds it in /openapi/v1.json with a Chinese summary, a success response, a request body schema
/// where the handler reads a body, and a response schema where the handler declares a typed result.
/// </summary>
public sealed partial class OpenApiCoverageTests
{
    [Fact]
    public async Task EveryApiEndpoint_IsDescribed_WithItsRequestAndResponseTypes()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var paths = document.GetProperty("paths");

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + (e.RoutePattern.RawText ?? "").TrimStart('/')).StartsWith("/api/", StringComparison.Ordinal))
            .ToList();
        var problems = new List<string>();
        int bodies = 0, typedResults = 0;
        foreach (var endpoint in endpoints)
        {
            // A group's MapGet("/") yields "/api/matters/"; the document names it without the slash.
            var path = Constraint().Replace("/" + endpoint.RoutePattern.RawText!.Trim('/'), "{$1}");
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                var key = $"{method} {path}";
                if (!paths.TryGetProperty(path, out var item) || !item.TryGetProperty(method.ToLowerInvariant(), out var operation))
                {
                    problems.Add(key + ": not in the document");
                    continue;
                }

                if (!operation.TryGetProperty("summary", out var summary) || !CjkText().IsMatch(summary.GetString() ?? ""))
                    problems.Add(key + ": no Chinese summary");
                var responses = operation.GetProperty("responses").EnumerateObject().ToList();
                if (!responses.Any(r => r.Name.StartsWith('2')))
                    problems.Add(key + ": no success response");

                var readsBody = endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { RequestType: not null };
                if (readsBody) bodies++;
                if (readsBody && !(operation.TryGetProperty("requestBody", out var body) && HasSchema(body)))
                    problems.Add(key + ": reads a body the document does not describe");

                var typedSuccess = endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>()
                    .Any(p => p.StatusCode is >= 200 and < 300 && p.Type is { } t && t != typeof(void));
                if (typedSuccess) typedResults++;
                if (typedSuccess && !responses.Any(r => r.Name.StartsWith('2') && HasSchema(r.Value)))
                    problems.Add(key + ": returns a type the document does not describe");
            }
        }

        Assert.True(endpoints.Count > 40, $"only {endpoints.Count} API endpoints found");
        Assert.True(bodies > 20 && typedResults > 20, $"only {bodies} body-reading and {typedResults} typed endpoints seen: the metadata check is not looking");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// Each body is described by its own type: nested request types share short names (AddAccountabilityGround.Request,
    /// ConcludeSatisfactionReview.Request …) and once all shared one schema, so a client read another endpoint's fields.
    /// </summary>
    [Fact]
    public async Task EveryRequestBody_IsDescribedWithTheHandlersOwnProperties()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var json = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var problems = new List<string>();
        var compared = 0;
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not { RequestType: { } type }
                || json.GetTypeInfo(type) is not { Kind: JsonTypeInfoKind.Object } info)
            {
                continue;
            }

            var path = Constraint().Replace("/" + endpoint.RoutePattern.RawText!.Trim('/'), "{$1}");
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                var schema = document.GetProperty("paths").GetProperty(path).GetProperty(method.ToLowerInvariant())
                    .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
                if (schema.TryGetProperty("$ref", out var reference))
                {
                    schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
                }

                var described = schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name).Order().ToList() : [];
                var actual = info.Properties.Select(p => p.Name).Order().ToList();
                compared++;
                if (!described.SequenceEqual(actual))
                    problems.Add($"{method} {path} ({type.FullName}): described [{string.Join(", ", described)}], reads [{string.Join(", ", actual)}]");
            }
        }

        Assert.True(compared > 20, $"only {compared} bodies compared");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    static bool HasSchema(JsonElement element) =>
        element.TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _));

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)(?::[^}]*)?\}")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex CjkText();
}
