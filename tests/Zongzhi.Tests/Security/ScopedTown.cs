using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Security;

/// <summary>
/// A town with matters spread over two villages and three departments, each with its own complainant (name, phone,
/// ID number), an attachment and, where assigned, a sheet; and one signed-in user per role and scope. Who may see
/// which matter follows from the layout (<see cref="MaySee"/>), independently of the app's own scope code.
/// </summary>
public sealed class ScopedTown : IAsyncDisposable
{
    public sealed record MatterInfo(long Id, string Number, string Summary, long VillageId, long? DepartmentId, long? SheetId, string? SheetNumber, long AttachmentId,
        string Name, string Phone, string IdNumber, string Address)
    {
        /// <summary>What must never appear in an answer to someone outside the matter's scope.</summary>
        public IEnumerable<string> Secrets => new[] { Number, Summary, Name, Phone, IdNumber, SheetNumber }.OfType<string>();
    }

    public sealed record Subject(string Name, string Role, long? DepartmentId, long? VillageId, HttpClient Client);

    private static readonly string[] Names = ["赵明远", "钱秀英", "孙建国", "周丽华", "吴志强", "郑海燕", "冯国庆", "陈玉兰", "褚卫东", "卫春梅"];

    private ScopedTown(ZongzhiAppFactory app, TownFixture town)
    {
        App = app;
        Town = town;
    }

    public ZongzhiAppFactory App { get; }

    public TownFixture Town { get; }

    public List<MatterInfo> Matters { get; } = [];

    public Dictionary<string, Subject> Subjects { get; } = [];

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<ScopedTown> CreateAsync(string provider)
    {
        var app = await ZongzhiAppFactory.CreateAsync(provider);
        var town = new ScopedTown(app, await TownFixture.CreateAsync(app));
        var t = town.Town;
        foreach (var (name, role, department, village) in new (string, string, long?, long?)[]
        {
            ("clerk", Roles.ReceptionClerk, null, null), ("director", Roles.CenterDirector, null, null),
            ("office", Roles.PartyGovernmentOffice, null, null), ("top", Roles.TopLeader, null, null),
            ("leader", Roles.CaseLeader, null, null), ("discipline", Roles.DisciplineOfficer, null, null),
            ("admin", Roles.Administrator, null, null), ("auditor", Roles.Auditor, null, null),
            ("informant", Roles.Informant, null, null),
            ("justice-handler", Roles.DepartmentHandler, t.JusticeOffice, null), ("justice-head", Roles.DepartmentHead, t.JusticeOffice, null),
            ("police-handler", Roles.DepartmentHandler, t.PoliceStation, null), ("police-head", Roles.DepartmentHead, t.PoliceStation, null),
            ("land-handler", Roles.DepartmentHandler, t.LandOffice, null),
            ("east-reporter", Roles.VillageReporter, null, t.EastVillage), ("west-reporter", Roles.VillageReporter, null, t.WestVillage),
        })
        {
            town.Subjects[name] = new Subject(name, role, department, village, await app.ClientForAsync(role, department, village, userName: name));
        }

        var layout = new (long Village, long? Department)[]
        {
            (t.EastVillage, t.JusticeOffice), (t.EastVillage, t.PoliceStation), (t.EastVillage, null), (t.WestVillage, t.JusticeOffice),
            (t.WestVillage, t.PoliceStation), (t.WestVillage, t.LandOffice), (t.EastVillage, t.LandOffice), (t.WestVillage, null),
        };
        for (var i = 0; i < layout.Length; i++)
        {
            town.Matters.Add(await town.AddMatterAsync(i, layout[i].Village, layout[i].Department));
        }

        return town;
    }

    public HttpClient Client(string name) => Subjects[name].Client;

    /// <summary>The scope rule as the specification states it (not as the code implements it).</summary>
    public static bool MaySee(Subject subject, MatterInfo matter) => subject.Role switch
    {
        Roles.ReceptionClerk or Roles.CenterDirector or Roles.TopLeader or Roles.DisciplineOfficer or Roles.Auditor => true,
        Roles.VillageReporter => subject.VillageId == matter.VillageId,
        Roles.DepartmentHandler or Roles.DepartmentHead => matter.DepartmentId is { } d && d == subject.DepartmentId,
        _ => false,
    };

    private async Task<MatterInfo> AddMatterAsync(int i, long village, long? department)
    {
        var name = Names[i];
        var phone = "1390000" + (1000 + i).ToString(CultureInfo.InvariantCulture);
        var idNumber = IdNumber("330106198010" + (10 + i).ToString(CultureInfo.InvariantCulture) + "12" + (i % 10).ToString(CultureInfo.InvariantCulture));
        var address = "某某路" + (100 + i).ToString(CultureInfo.InvariantCulture) + "号幸福小区" + (i + 1).ToString(CultureInfo.InvariantCulture) + "栋";
        var summary = "邻里纠纷第" + (i + 1).ToString(CultureInfo.InvariantCulture) + "件";
        var registered = await Client("clerk").PostAsJsonAsync("/api/matters", new
        {
            channel = "Visit",
            receivedAt = "2026-11-28T09:30:00+08:00",
            villageId = village,
            category = "neighbour",
            summary,
            description = "来访人反映与邻居发生争执，请求调解。",
            parties = new object[]
            {
                new { role = "Complainant", name, phone, idNumber, address },
                new { role = "Respondent", name = "对方当事人" },
            },
        }, Token);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var matter = await registered.Content.ReadFromJsonAsync<JsonElement>(Token);
        var id = matter.GetProperty("id").GetInt64();
        long? sheetId = null;
        string? sheetNumber = null;
        if (department is { } handling)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await Client("director").PostAsJsonAsync($"/api/matters/{id}/accept", new { complexity = "General" }, Token)).StatusCode);
            var assigned = await Client("director").PostAsJsonAsync($"/api/matters/{id}/assign",
                new { handlingDepartmentId = handling, coHandlingDepartmentIds = Array.Empty<long>(), requirements = "请依法调处并答复当事人。" }, Token);
            Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
            var sheet = await assigned.Content.ReadFromJsonAsync<JsonElement>(Token);
            sheetId = sheet.GetProperty("id").GetInt64();
            sheetNumber = sheet.GetProperty("number").GetString();
        }

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n% materials\n%%EOF\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "材料" + (i + 1).ToString(CultureInfo.InvariantCulture) + ".pdf");
        var uploaded = await Client("clerk").PostAsync($"/api/matters/{id}/attachments", form, Token);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var attachmentId = (await uploaded.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("id").GetInt64();
        return new MatterInfo(id, matter.GetProperty("number").GetString()!, summary, village, department, sheetId, sheetNumber, attachmentId, name, phone, idNumber, address);
    }

    /// <summary>Completes 17 digits with the GB 11643 check character.</summary>
    public static string IdNumber(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, k) => (c - '0') * weights[k]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var subject in Subjects.Values)
        {
            subject.Client.Dispose();
        }

        await App.DisposeAsync();
    }
}
