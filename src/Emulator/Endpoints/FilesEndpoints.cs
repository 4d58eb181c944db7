using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Oai.Emulator.Core;
using Oai.Files;

namespace Oai.Emulator.Endpoints;

/// <summary><c>/v1/files</c>: upload (multipart), list with <c>purpose</c>/<c>order</c>/<c>after</c>/<c>limit</c>,
/// retrieve, delete and download, all in memory; <c>expires_after</c> makes a file disappear on the emulator's clock.</summary>
internal static class FilesEndpoints
{
    private static readonly string[] s_purposes = ["assistants", "batch", "fine-tune", "vision", "user_data", "evals"];
    private static readonly string[] s_pageNulls = ["first_id", "last_id"];

    public static void Map(Router router)
    {
        router.Map("POST", "files", UploadAsync);
        router.Map("GET", "files", ListAsync);
        router.Map("GET", "files/{id}", RetrieveAsync);
        router.Map("DELETE", "files/{id}", DeleteAsync);
        router.Map("GET", "files/{id}/content", ContentAsync);
    }

    private static async Task UploadAsync(EndpointContext context)
    {
        if (!context.Http.Request.HasFormContentType)
        {
            throw Errors.InvalidValue("file", "Uploads are multipart/form-data with a 'file' and a 'purpose'.");
        }

        var form = await context.Http.Request.ReadFormAsync(context.Aborted).ConfigureAwait(false);
        var purpose = form["purpose"].ToString();
        if (purpose.Length == 0)
        {
            throw Errors.MissingField("purpose");
        }

        if (Array.IndexOf(s_purposes, purpose) < 0)
        {
            throw Errors.InvalidValue("purpose", $"'{purpose}' is not one of ['assistants', 'batch', 'fine-tune', 'vision', 'user_data', 'evals'] - 'purpose'");
        }

        var file = form.Files.GetFile("file") ?? throw Errors.MissingField("file");
        using var content = new MemoryStream();
        await file.CopyToAsync(content, context.Aborted).ConfigureAwait(false);

        TimeSpan? expiresAfter = null;
        if (form.ContainsKey("expires_after[anchor]") || form.ContainsKey("expires_after[seconds]"))
        {
            if (form["expires_after[anchor]"].ToString() != "created_at")
            {
                throw Errors.InvalidValue("expires_after.anchor", "Invalid 'expires_after.anchor': expected 'created_at'.");
            }

            if (!long.TryParse(form["expires_after[seconds]"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds is < 3600 or > 2_592_000)
            {
                throw Errors.InvalidValue("expires_after.seconds", "Invalid 'expires_after.seconds': expected an integer between 3600 (1 hour) and 2592000 (30 days).");
            }

            expiresAfter = TimeSpan.FromSeconds(seconds);
        }

        var record = context.State.Files.Add(FilePurpose.Create(purpose), file.FileName, content.ToArray(), expiresAfter);
        await context.WriteJsonAsync(record, RecordsJsonContext.Default.FileObject).ConfigureAwait(false);
    }

    private static async Task ListAsync(EndpointContext context)
    {
        var order = context.Query("order") ?? "desc";
        if (order is not ("asc" or "desc"))
        {
            throw Errors.InvalidValue("order", $"Invalid 'order': expected 'asc' or 'desc', got '{order}'.");
        }

        var purpose = context.Query("purpose") is { Length: > 0 } value ? FilePurpose.Create(value) : (FilePurpose?)null;
        var page = context.State.Files.List(purpose, order == "asc", context.Query("after"), context.QueryLimit(10_000));
        await context.WriteJsonAsync(page, RecordsJsonContext.Default.ListPageFileObject, s_pageNulls).ConfigureAwait(false);
    }

    private static async Task RetrieveAsync(EndpointContext context)
    {
        var file = context.State.Files.Find(context.Route("id")) ?? throw Errors.NoSuchFile(context.Route("id"));
        await context.WriteJsonAsync(file.Record, RecordsJsonContext.Default.FileObject).ConfigureAwait(false);
    }

    private static async Task DeleteAsync(EndpointContext context)
    {
        var id = context.Route("id");
        if (!context.State.Files.Remove(id))
        {
            throw Errors.NoSuchFile(id);
        }

        await context.WriteJsonAsync(new FileDeletionResult { Id = id, Deleted = true }, RecordsJsonContext.Default.FileDeletionResult).ConfigureAwait(false);
    }

    private static async Task ContentAsync(EndpointContext context)
    {
        var file = context.State.Files.Find(context.Route("id")) ?? throw Errors.NoSuchFile(context.Route("id"));
        context.Http.Response.ContentType = "application/octet-stream";
        context.Http.Response.ContentLength = file.Content.Length;
        await context.Http.Response.Body.WriteAsync(file.Content, context.Aborted).ConfigureAwait(false);
    }
}
