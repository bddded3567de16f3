using System.Net;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Tests.Features.Assignments;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Features.Supervision;

public sealed class SupervisionPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CallForMaterials_BadInputKept_DoubleSubmitSavesOne_DepartmentProvides()
    {
        await using var s = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        var (matterId, _) = await s.ReceivedAsync();
        var url = $"/Supervision/Matter/{matterId}";
        var director = await s.As(AssignmentScenario.Director);
        var html = await director.GetStringAsync(url, Ct);
        var (token, version) = (PageForms.Token(html), PageForms.Version(html));

        var bad = await PageForms.PostWithTokenAsync(director, token, url, "Materials", ("Form.Version", version),
            ("Form.DepartmentId", $"{s.Town.JusticeOffice}"), ("Form.MaterialsWanted", ""), ("Form.DueOn", "2025-10-20"));
        var badHtml = await bad.Content.ReadAsStringAsync(Ct);
        (string, string)[] fields = [("Form.Version", version), ("Form.DepartmentId", $"{s.Town.JusticeOffice}"),
            ("Form.MaterialsWanted", "调解笔录及现场照片"), ("Form.DueOn", "2025-10-20")];
        var first = await PageForms.PostWithTokenAsync(director, token, url, "Materials", fields);
        var second = await PageForms.PostWithTokenAsync(director, token, url, "Materials", fields);

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("调阅的材料", PageForms.MessageFor(badHtml, "Form.MaterialsWanted"), StringComparison.Ordinal);
        Assert.Contains("value=\"2025-10-20\"", badHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var secondHtml = await second.Content.ReadAsStringAsync(Ct);
        Assert.Contains("已被他人修改", secondHtml, StringComparison.Ordinal);
        Assert.Contains($"href=\"{url}\"", secondHtml, StringComparison.Ordinal);
        Assert.Equal(1, await s.App.WithDbAsync(db => db.MaterialsRequests.CountAsync(Ct)));

        var handler = await s.As(AssignmentScenario.JusticeHandler);
        var requestId = await s.App.WithDbAsync(db => db.MaterialsRequests.Select(r => r.Id).SingleAsync(Ct));
        var provided = await PageForms.PostAsync(handler, url, "Provide", ("Form.Version", PageForms.Version(await handler.GetStringAsync(url, Ct))),
            ("Form.RecordId", $"{requestId}"), ("Form.MaterialsProvided", "调解笔录三份、现场照片五张"));

        Assert.Equal(HttpStatusCode.Redirect, provided.StatusCode);
        Assert.Contains("调解笔录三份", await director.GetStringAsync(url, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoordinationMeeting_MinutesWithDecision_BecomesTrackedTaskOnTheBoard()
    {
        await using var s = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        var (matterId, _) = await s.ReceivedAsync();
        var url = $"/Supervision/Matter/{matterId}";
        var director = await s.As(AssignmentScenario.Director);
        var convened = await PageForms.PostAsync(director, url, "Meeting", ("Form.Version", PageForms.Version(await director.GetStringAsync(url, Ct))),
            ("Form.Topic", "宅基地边界协调"), ("Form.DepartmentIds", $"{s.Town.JusticeOffice}"), ("Form.DepartmentIds", $"{s.Town.LandOffice}"),
            ("Form.HeldOn", "2025-09-30"), ("Form.Place", "综治中心会议室"));
        var meetingId = await s.App.WithDbAsync(db => db.CoordinationMeetings.Select(m => m.Id).SingleAsync(Ct));

        var outcome = await PageForms.PostAsync(director, url, "Outcome", ("Form.Version", PageForms.Version(await director.GetStringAsync(url, Ct))),
            ("Form.RecordId", $"{meetingId}"), ("Form.Attendees", "王主任\n李所长"), ("Form.Minutes", "双方同意按测绘结果确定边界。"),
            ("Form.Decisions[0].Description", "国土所完成边界测绘"), ("Form.Decisions[0].OwnerDepartmentId", $"{s.Town.LandOffice}"),
            ("Form.Decisions[0].DueOn", "2025-10-20"), ("Form.Decisions[1].Description", ""));
        var board = await director.GetStringAsync($"/Supervision/Board?departmentId={s.Town.LandOffice}", Ct);
        var handlerPost = await PageForms.PostAsync(await s.As(AssignmentScenario.JusticeHandler), url, "Remind",
            ("Form.Version", "1"), ("Form.Message", "请抓紧办理"));

        Assert.Equal(HttpStatusCode.Redirect, convened.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, outcome.StatusCode);
        Assert.Contains("国土所完成边界测绘", board, StringComparison.Ordinal);
        Assert.Contains("协调会议定事项", board, StringComparison.Ordinal);
        Assert.Contains("/Accounts/Denied", handlerPost.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await s.App.WithDbAsync(db => db.Reminders.CountAsync(Ct)));
    }

    [Fact]
    public async Task SupervisionPage_OutsideScope_Is404()
    {
        await using var s = await AssignmentScenario.CreateAsync(DatabaseProvider.Sqlite);
        var (matterId, _) = await s.ReceivedAsync();

        var police = await (await s.As(AssignmentScenario.PoliceHandler)).GetAsync($"/Supervision/Matter/{matterId}", Ct);
        var office = await (await s.As(AssignmentScenario.Office)).GetAsync($"/Supervision/Matter/{matterId}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, police.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, office.StatusCode);
    }
}
