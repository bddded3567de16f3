using System.Net.Http.Json;
using System.Text.Json;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Assignments;

public sealed class AssignmentOpenApiTests
{
    [Fact]
    public async Task OpenApi_DescribesEverySheetExtensionAndSupervisionEndpoint_WithChineseSummaries()
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var paths = document.GetProperty("paths");
        foreach (var (path, method) in new[]
        {
            ("/api/matters/{id}/assign", "post"), ("/api/assignments", "get"), ("/api/assignments/{id}", "get"),
            ("/api/assignments/{id}/receive", "post"), ("/api/assignments/{id}/progress", "post"), ("/api/assignments/{id}/result", "post"),
            ("/api/assignments/{id}/review", "post"), ("/api/assignments/{id}/extension-requests", "post"), ("/api/extension-requests", "get"),
            ("/api/extension-requests/{id}/approve", "post"), ("/api/extension-requests/{id}/reject", "post"),
            ("/api/matters/{id}/reminders", "post"), ("/api/matters/{id}/materials-requests", "post"), ("/api/matters/{id}/report-requests", "post"),
            ("/api/matters/{id}/coordination-meetings", "post"), ("/api/matters/{id}/supervision", "get"),
            ("/api/materials-requests/{id}/provide", "post"), ("/api/report-requests/{id}/answer", "post"),
            ("/api/coordination-meetings/{id}/outcome", "post"), ("/api/meeting-tasks/{id}/complete", "post"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item), path);
            var operation = item.GetProperty(method);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", operation.GetProperty("summary").GetString());
            Assert.True(operation.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('2')), path);
            Assert.Equal(method == "post", operation.TryGetProperty("requestBody", out _));
        }
    }
}
