using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Security;

/// <summary>
/// Every endpoint of the app as the router knows it (minimal APIs and Razor pages), keyed "GET /api/matters/{id:long}"
/// for APIs and "PAGE /Matters/Details" for pages, with the authorization it declares.
/// </summary>
public sealed record EndpointInfo(string Key, string Method, string Pattern, bool IsPage, bool IsAnonymous, IReadOnlyList<string> Policies)
{
    public static IReadOnlyList<EndpointInfo> All(ZongzhiAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        var found = new Dictionary<string, EndpointInfo>(StringComparer.Ordinal);
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var metadata = endpoint.Metadata;
            var anonymous = metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? (a.Roles is { } r ? "roles:" + r : "(none)")).Distinct().ToList();
            if (metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var key = "PAGE " + page.ViewEnginePath;
                found.TryAdd(key, new EndpointInfo(key, "GET", "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/'), true, anonymous, policies));
                continue;
            }

            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var methods = metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
            foreach (var method in methods)
            {
                var key = method + " " + pattern;
                found.TryAdd(key, new EndpointInfo(key, method, pattern, false, anonymous, policies));
            }
        }

        return [.. found.Values.OrderBy(e => e.Key, StringComparer.Ordinal)];
    }
}
