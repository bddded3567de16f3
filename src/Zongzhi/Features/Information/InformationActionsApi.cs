using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Information;

/// <summary>
/// Actions on an information item: handle (知悉、转为事项、关闭), analyse (成因、特点), turn into a new matter, and for
/// emergencies acknowledge (确认收悉) and record the dispatch to the scene (派员赶赴现场、到达现场).
/// </summary>
public static class InformationActionsApi
{
    public static IEndpointRouteBuilder MapInformationActionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/information/{id:long}").WithTags("Information");
        group.MapPost("/handle", HandleAsync).RequireAuthorization(Policies.Director).WithSummary("处理信息：Noted 知悉 / TurnedIntoMatter 关联已登记事项 / Closed 关闭（须填理由）");
        group.MapPost("/analysis", AnalyseAsync).RequireAuthorization(Policies.Director).WithSummary("作出分析（成因、特点）");
        group.MapPost("/matter", TurnIntoMatterAsync).RequireAuthorization(Policies.Director).WithSummary("由信息登记事项并关联");
        group.MapPost("/acknowledge", AcknowledgeAsync).RequireAuthorization(Policies.Contributor).WithSummary("紧急信息的报告对象确认收悉（每人一次）");
        group.MapPost("/dispatches", DispatchAsync).RequireAuthorization(Policies.Director).WithSummary("记录派员赶赴现场（人员、派出时间）");
        group.MapPost("/dispatches/{dispatchId:long}/arrival", ArriveAsync).RequireAuthorization(Policies.Director).WithSummary("记录到达现场时间和现场情况");
        return app;
    }

    public static async Task<IResult> HandleAsync(long id, HandleInformationRequest request, InformationWork work, ZongzhiDb db, CancellationToken cancellationToken)
    {
        if (request.Outcome is null)
        {
            return Problems.Validation("outcome", "请选择处理方式（知悉、转为事项或关闭）");
        }

        if (request.Outcome == InformationOutcome.TurnedIntoMatter
            && (request.MatterId is not { } matterId || !await db.Matters.AnyAsync(m => m.Id == matterId, cancellationToken)))
        {
            return Problems.Validation("matterId", "请指定已登记的事项");
        }

        return await work.RunAsync(id, request.Version, "information.handle", (c, item) =>
        {
            c.AuditDetails = new { outcome = request.Outcome.ToString(), request.MatterId };
            return Task.FromResult(request.Outcome switch
            {
                InformationOutcome.Noted => item.Note(request.Note, c.User.Id, c.Now),
                InformationOutcome.Closed => item.Close(request.Reason, c.User.Id, c.Now),
                InformationOutcome.TurnedIntoMatter => item.TurnIntoMatter(request.MatterId!.Value, c.User.Id, c.Now),
                _ => Result.Fail(new ValidationError("outcome", "处理方式无效")),
            });
        }, cancellationToken);
    }

    public static Task<IResult> AnalyseAsync(long id, AnalyseInformationRequest request, InformationWork work, CancellationToken cancellationToken) =>
        work.RunAsync(id, request.Version, "information.analyse", (c, item) =>
        {
            var result = item.Analyse(request.CauseTags, request.CharacteristicTags, c.User.Id, c.Now);
            c.AuditDetails = new { causes = item.CauseTags.Count, characteristics = item.CharacteristicTags.Count };
            return Task.FromResult(result);
        }, cancellationToken);

    public static Task<IResult> AcknowledgeAsync(long id, InformationWork work, CancellationToken cancellationToken) =>
        work.RunAsync(id, null, "information.acknowledge", (c, item) => Task.FromResult(item.Acknowledge(c.User.Id, c.Now)), cancellationToken);

    public static Task<IResult> DispatchAsync(long id, DispatchRequest request, InformationWork work, CancellationToken cancellationToken)
    {
        if (request.SentAt is not { } sentAt)
        {
            return Task.FromResult<IResult>(Problems.Validation("sentAt", "请填写派出时间"));
        }

        return work.RunAsync(id, null, "information.dispatch", (c, item) =>
        {
            var dispatched = item.Dispatch(request.Staff, sentAt.UtcDateTime, c.User.Id, c.Now);
            c.AuditDetails = new { sentAt = sentAt.UtcDateTime };
            return Task.FromResult(dispatched.IsSuccess ? Result.Success : Result.Fail(dispatched.Error!));
        }, cancellationToken);
    }

    public static Task<IResult> ArriveAsync(long id, long dispatchId, ArrivalRequest request, InformationWork work, CancellationToken cancellationToken)
    {
        if (request.ArrivedAt is not { } arrivedAt)
        {
            return Task.FromResult<IResult>(Problems.Validation("arrivedAt", "请填写到达时间"));
        }

        return work.RunAsync(id, null, "information.arrive", (c, item) =>
        {
            c.AuditDetails = new { dispatchId, arrivedAt = arrivedAt.UtcDateTime };
            return Task.FromResult(item.RecordArrival(dispatchId, arrivedAt.UtcDateTime, request.Findings, c.Now));
        }, cancellationToken);
    }

    public static async Task<IResult> TurnIntoMatterAsync(long id, TurnIntoMatterRequest request, InformationWork work, RegisterMatter register,
        CurrentUser current, AuditTrail audit, TownClock clock, ZongzhiDb db, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var item = await work.FindAsync(user, id, cancellationToken);
        if (item is null)
        {
            return Problems.From(new NotFoundError("未找到该信息"));
        }

        if (item.Outcome is InformationOutcome.TurnedIntoMatter or InformationOutcome.Closed)
        {
            return Problems.From(new ConflictError("该信息已处理完毕"));
        }

        var matterRequest = ToMatterRequest(item, request);
        Result linked = Result.Success;
        try
        {
            var registered = await register.RunAsync(user, matterRequest, matter =>
            {
                linked = item.TurnIntoMatter(matter.Id, user.Id, clock.UtcNow());
                if (!linked.IsSuccess)
                {
                    throw new InvalidOperationException("The item was handled meanwhile.");
                }

                audit.Record("InformationItem", item.Id, "information.turnIntoMatter", new { matterId = matter.Id, matter.Number });
                return Task.CompletedTask;
            }, cancellationToken);
            if (!registered.IsSuccess)
            {
                return Problems.From(registered.Error!);
            }

            return TypedResults.Created($"/api/matters/{registered.Value!.Id}", InformationView.From(item, db.VersionOf(item)));
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Stale();
        }
    }

    public static RegisterMatterRequest ToMatterRequest(InformationItem item, TurnIntoMatterRequest request)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(request);
        return new RegisterMatterRequest(IntakeChannel.InformationItem, new DateTimeOffset(item.RegisteredAt, TimeSpan.Zero), request.Parties,
            item.VillageId, item.Category, item.Summary, item.Description, IsMajor: item.Severity == InformationSeverity.Major,
            IsGroup: request.IsGroup, IsSkipLevelPetition: item.IsSkipLevelPetition, IsEmergency: item.IsEmergency, SourceInformationItemId: item.Id);
    }
}
