using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Matters;

public sealed class AttachmentsApiTests
{
    [Theory]
    [MemberData(nameof(DatabaseProvider.Both), MemberType = typeof(DatabaseProvider))]
    public async Task Upload_Pdf_IsStoredListedAndDownloadedWithinScopeOnly(string provider)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        var id = await RegisterAsync(clerk, town);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% 来访材料\n%%EOF\n");
        using var otherVillage = await app.ClientForAsync(Roles.VillageReporter, villageId: town.WestVillage);

        var uploaded = await UploadAsync(clerk, id, pdf, "来访登记表.pdf");
        var attachment = await uploaded.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var download = await clerk.GetAsync($"/api/attachments/{attachment.GetProperty("id").GetInt64()}", TestContext.Current.CancellationToken);
        var refused = await otherVillage.GetAsync($"/api/attachments/{attachment.GetProperty("id").GetInt64()}", TestContext.Current.CancellationToken);
        var list = await clerk.GetFromJsonAsync<JsonElement[]>($"/api/matters/{id}/attachments", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal("application/pdf", attachment.GetProperty("contentType").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("来访登记表.pdf", Assert.Single(list!).GetProperty("fileName").GetString());
    }

    [Theory]
    [InlineData("script.pdf", "<script>alert(1)</script>")]
    [InlineData("photo.exe", "MZ\u0090\u0000")]
    [InlineData("report.docx", "%PDF-1.4")]
    public async Task Upload_ContentNotMatchingAnAcceptedType_IsRefused(string fileName, string content)
    {
        await using var app = await ZongzhiAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var town = await TownFixture.CreateAsync(app);
        using var clerk = await app.ClientForAsync(Roles.ReceptionClerk);
        var id = await RegisterAsync(clerk, town);

        var response = await UploadAsync(clerk, id, Encoding.UTF8.GetBytes(content), fileName);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("file", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Empty((await clerk.GetFromJsonAsync<JsonElement[]>($"/api/matters/{id}/attachments", TestContext.Current.CancellationToken))!);
    }

    private static async Task<long> RegisterAsync(HttpClient clerk, TownFixture town)
    {
        var created = await clerk.PostAsJsonAsync("/api/matters", town.Visit(), TestContext.Current.CancellationToken);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt64();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, long matterId, byte[] bytes, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent("来访人提交的材料"), "description");
        return await client.PostAsync($"/api/matters/{matterId}/attachments", form, TestContext.Current.CancellationToken);
    }
}
