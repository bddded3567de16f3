using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Information;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Attachments;

/// <summary>
/// <c>/api/matters/{id}/attachments</c> and <c>/api/attachments/{id}</c>: upload within the matter's scope (type checked
/// by content, size limited, stored under a generated name), list, and download — each audited.
/// </summary>
public static class AttachmentsApi
{
    public sealed record AttachmentView(long Id, long? MatterId, long? InformationItemId, string? OwnerType, long? OwnerId, string FileName, string ContentType, long Size,
        string Sha256, string? Description, DateTime UploadedAt);

    public static IServiceCollection AddAttachments(this IServiceCollection services) => services.AddSingleton<AttachmentStore>();

    public static IEndpointRouteBuilder MapAttachmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/matters/{id:long}/attachments", UploadAsync).RequireAuthorization(Policies.Contributor).WithTags("Attachments")
            .WithSummary("上传附件（PDF、图片、Word、Excel；multipart 字段 file，可选 description、ownerType、ownerId）")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(AttachmentStore.DefaultMaxBytes + 64 * 1024));
        app.MapGet("/api/matters/{id:long}/attachments", ListAsync).RequireAuthorization(Policies.Staff).WithTags("Attachments").WithSummary("事项的附件");
        app.MapGet("/api/attachments/{id:long}", DownloadAsync).RequireAuthorization(Policies.Staff).WithTags("Attachments").WithSummary("下载附件");
        return app;
    }

    public static async Task<IResult> UploadAsync(long id, HttpRequest request, MatterWork work, AttachmentStore store, TownClock clock, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Validation("file", "请以表单（multipart/form-data）上传文件");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file");
        var description = form["description"].ToString();
        var ownerType = form["ownerType"].ToString();
        long? ownerId = long.TryParse(form["ownerId"], out var parsed) ? parsed : null;
        var checkedFile = await AttachmentUpload.CheckAsync(file, description, store, cancellationToken);
        if (ownerType.Length > 40)
        {
            return Problems.Validation("ownerType", "附件归属类型无效");
        }

        if (checkedFile.Kind is not { } kind)
        {
            return Problems.Validation(checkedFile.Field!, checkedFile.Error!);
        }

        await using var content = file!.OpenReadStream();
        var saved = await store.SaveAsync(content, clock.Today().Year, cancellationToken);
        Attachment? attachment = null;
        var result = await work.RunAsync(id, null, "attachment.upload", c =>
        {
            attachment = new Attachment
            {
                MatterId = c.Matter.Id, OwnerType = ownerType.Length == 0 ? null : ownerType, OwnerId = ownerId,
                FileName = file!.FileName, ContentType = kind.ContentType, Size = saved.Size, Sha256 = saved.Sha256,
                StoredName = saved.StoredName, Description = description.Length == 0 ? null : description,
                UploadedAt = c.Now, UploadedByUserId = c.User.Id,
            };
            c.Db.Set<Attachment>().Add(attachment);
            c.AuditDetails = new { size = saved.Size, contentType = kind.ContentType, sha256 = saved.Sha256 };
            return Task.FromResult(Result.Success);
        }, c => TypedResults.Created($"/api/attachments/{attachment!.Id}", View(attachment)), cancellationToken);
        if (attachment is null || attachment.Id == 0)
        {
            store.Discard(saved.StoredName);
        }

        return result;
    }

    public static async Task<IResult> ListAsync(long id, ZongzhiDb db, MatterAccess access, CurrentUser current, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        if (!await access.CanSeeAsync(user, id, cancellationToken))
        {
            return Problems.From(new NotFoundError("未找到该事项"));
        }

        var items = await db.Set<Attachment>().AsNoTracking().Where(a => a.MatterId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(items.Select(View).ToList());
    }

    public static async Task<IResult> DownloadAsync(long id, ZongzhiDb db, MatterAccess access, InformationAccess information, CurrentUser current,
        AuditTrail audit, AttachmentStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var attachment = await db.Set<Attachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        var visible = attachment switch
        {
            { MatterId: { } matterId } => await access.CanSeeAsync(user, matterId, cancellationToken),
            { InformationItemId: { } itemId } => await information.Visible(user).AnyAsync(i => i.Id == itemId, cancellationToken),
            _ => false,
        };
        if (attachment is null || !visible)
        {
            return Problems.From(new NotFoundError("未找到该附件"));
        }

        audit.Record("Attachment", attachment.Id, "attachment.download", new { attachment.MatterId, attachment.InformationItemId });
        await db.SaveChangesAsync(cancellationToken);
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(store.Open(attachment.StoredName), attachment.ContentType, attachment.FileName);
    }

    private static AttachmentView View(Attachment a) =>
        new(a.Id, a.MatterId, a.InformationItemId, a.OwnerType, a.OwnerId, a.FileName, a.ContentType, a.Size, a.Sha256, a.Description, a.UploadedAt);
}
