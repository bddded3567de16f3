using System.Net;
using System.Text.Json;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Platform;

public sealed class HostTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Health_Ready_ReturnsOk(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesCalendarEndpoints()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/calendar/deadline", out _));
        Assert.True(paths.TryGetProperty("/api/calendar/days", out _));
        Assert.True(paths.TryGetProperty("/api/settings/rules", out _));
    }

    [Fact]
    public async Task HomePage_ServesChineseAsUtf8()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("综治中心", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
