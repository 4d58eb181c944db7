using System.Diagnostics;

namespace Oai.Telemetry;

/// <summary>Adds a request's own span attributes to the start tags.</summary>
/// <typeparam name="TRequest">The operation's request type.</typeparam>
/// <param name="request">The caller's request.</param>
/// <param name="tags">The span's start tags.</param>
internal delegate void RequestTags<in TRequest>(TRequest request, ref TagList tags);
