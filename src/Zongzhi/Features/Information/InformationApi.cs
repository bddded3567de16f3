using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Information;

/// <summary><c>/api/information</c>: register, read and list information items within the user's scope; open emergencies.</summary>
public static class InformationApi
{
    public const int PageSize = 50;

    public static IEndpointRouteBuilder MapInformationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/information").WithTags("Information");
        group.MapPost("/", RegisterAsync).RequireAuthorization(InformationPolicies.Reporter)
            .WithSummary("登记信息（五类来源；重大突发事件、越级上访立即报告镇党政领导、中心领导和上级有关部门）");
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(Policies.Staff).WithSummary("信息详情");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff).WithSummary("信息列表（按来源、状态；最新在前）");
        group.MapGet("/emergencies", OpenEmergenciesAsync).RequireAuthorization(Policies.Staff).WithSummary("未结束的重大突发事件、越级上访");
        return app;
    }

    public static async Task<IResult> RegisterAsync(RegisterInformationRequest request, RegisterInformation register, CurrentUser current, ZongzhiDb db, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var result = await register.RunAsync(user, request, cancellationToken);
        if (!result.IsSuccess)
        {
            return Problems.From(result.Error!);
        }

        var item = result.Value!;
        return TypedResults.Created($"/api/information/{item.Id}", InformationView.From(item, db.VersionOf(item)));
    }

    public static async Task<IResult> GetAsync(long id, InformationWork work, CurrentUser current, ZongzhiDb db, CancellationToken cancellationToken)
    {
        var item = await work.FindAsync(await current.RequireAsync(cancellationToken), id, cancellationToken);
        return item is null ? Problems.From(new NotFoundError("未找到该信息")) : TypedResults.Ok(InformationView.From(item, db.VersionOf(item)));
    }

    public static async Task<IResult> ListAsync(InformationSource? source, InformationStatus? status, long? beforeId,
        InformationAccess access, CurrentUser current, ZongzhiDb db, CancellationToken cancellationToken)
    {
        var query = access.Visible(await current.RequireAsync(cancellationToken));
        if (source is not null)
        {
            query = query.Where(i => i.Source == source);
        }

        if (status is not null)
        {
            query = query.Where(i => i.Status == status);
        }

        if (beforeId is not null)
        {
            query = query.Where(i => i.Id < beforeId);
        }

        var items = await query.OrderByDescending(i => i.Id).Take(PageSize)
            .Include(i => i.Acknowledgements).Include(i => i.Dispatches).AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(items.Select(i => InformationView.From(i, db.VersionOf(i))).ToList());
    }

    public static async Task<IResult> OpenEmergenciesAsync(InformationAccess access, CurrentUser current, ZongzhiDb db, CancellationToken cancellationToken)
    {
        var items = await access.Visible(await current.RequireAsync(cancellationToken))
            .Where(i => i.Source == InformationSource.MajorIncident
                && (i.Outcome == null || i.Outcome == InformationOutcome.Noted))
            .OrderBy(i => i.RegisteredAt)
            .Include(i => i.Acknowledgements).Include(i => i.Dispatches).AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(items.Select(i => InformationView.From(i, db.VersionOf(i))).ToList());
    }
}
