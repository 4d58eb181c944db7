namespace Oai.UnitTests.Robustness;

/// <summary>Every client operation the robustness test drives.</summary>
internal enum RobustOperation
{
    ChatCreate,
    ChatStream,
    CompletionCreate,
    CompletionStream,
    EmbeddingsCreate,
    FilesCreate,
    FilesRetrieve,
    FilesDelete,
    FilesList,
    FilesContent,
    FilesContentBytes,
    FilesDownloadToFile,
    JobsCreate,
    JobsRetrieve,
    JobsList,
    JobsListEvents,
    JobsListCheckpoints,
    JobsCancel,
    JobsPause,
    JobsResume,
}
