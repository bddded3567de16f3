using Zongzhi.Features.Admin;

namespace Zongzhi.Tests.Infrastructure;

/// <summary>A few departments and villages for API tests, created directly in the database.</summary>
public sealed record TownFixture(long JusticeOffice, long PoliceStation, long LandOffice, long OutsideUnit, long EastVillage, long WestVillage)
{
    public static Task<TownFixture> CreateAsync(ZongzhiAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithDbAsync(async db =>
        {
            var justice = new Department { Name = "司法所", SortOrder = 1 };
            var police = new Department { Name = "派出所", SortOrder = 2 };
            var land = new Department { Name = "国土所", SortOrder = 3 };
            var outside = new Department { Name = "县人社局", IsCenterDepartment = false, SortOrder = 4 };
            var east = new Village { Name = "东村", SortOrder = 1 };
            var west = new Village { Name = "西社区", IsCommunity = true, SortOrder = 2 };
            db.AddRange(justice, police, land, outside, east, west);
            await db.SaveChangesAsync();
            return new TownFixture(justice.Id, police.Id, land.Id, outside.Id, east.Id, west.Id);
        });
    }

    /// <summary>A valid registration body (a visit with one complainant and one respondent).</summary>
    public object Visit(string summary = "邻里宅基地边界纠纷", long? village = null, string? respondentUserId = null, long? respondentDepartmentId = null,
        string receivedAt = "2026-11-28T09:30:00+08:00") => new
    {
        channel = "Visit",
        receivedAt,
        villageId = village ?? EastVillage,
        category = "neighbour",
        summary,
        description = "来访人反映与邻居因宅基地边界发生争执，请求调解。",
        parties = new object[]
        {
            new { role = "Complainant", name = "张三", phone = "13812345678", idNumber = "11010519491231002X", address = "东村三组12号" },
            new { role = "Respondent", name = "李四", linkedUserId = respondentUserId, departmentId = respondentDepartmentId },
        },
    };
}
