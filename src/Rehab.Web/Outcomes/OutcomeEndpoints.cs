using Rehab.Core.Users;
using Rehab.Data;
using Rehab.Data.Tenancy;
using Rehab.Web.Audit;
using Rehab.Web.Documentation;

namespace Rehab.Web.Outcomes;

public static class OutcomeEndpoints
{
    public static void MapOutcomeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/outcomes/instruments", () => TypedResults.Ok(Surveys.Instruments()))
            .RequireAuthorization().WithTags("Outcomes")
            .WithSummary("The outcome measurement tools: items (by number and topic), answer scale, scoring, range, direction, MCID and skipped-item rule");
        api.MapPost("/notes/{id:guid}/surveys", (Guid id, NewSurveyRequest request, RehabDbContext db, ITenantContext tenant, NoteFactsLoader notes,
                CancellationToken ct) => Http(Surveys.AttachAsync(id, request, db, tenant, notes, ct), s => $"/api/v1/surveys/{s.Id}"))
            .RequireAuthorization(Permission.ViewPatients, NotePolicies.WriteNotes).WithTags("Outcomes")
            .Produces<SurveyResponse>(StatusCodes.Status201Created)
            .WithSummary("Attach an outcome survey (instrument: LEFS, ODI, NDI, QuickDASH, PSFS or NPRS) to a draft evaluative note")
            .WithDescription("Initial Evaluation, Progress Note or Discharge Summary only (422 otherwise); one survey of an instrument per note (409). " +
                             "Whoever may change the note attaches it; the note then has a survey attached, not yet complete.");
        api.MapPut("/surveys/{id:guid}", (Guid id, SurveyAnswersRequest request, RehabDbContext db, ITenantContext tenant, NoteFactsLoader notes,
                CancellationToken ct) => Http(Surveys.AnswerAsync(id, request, db, tenant, notes, ct)))
            .RequireAuthorization(Permission.ViewPatients, NotePolicies.WriteNotes).WithTags("Outcomes").Produces<SurveyResponse>()
            .WithSummary("Save a survey's answers (answers: one per item, null when skipped; satisfaction: the clinic's questions by code)")
            .WithDescription("Scored as the instrument says once enough items are answered; complete when every required item is. An answer off " +
                             "its scale is refused with 422 naming the item. The note's survey flags follow.");
        api.MapGet("/patients/{id:guid}/outcomes", (Guid id, HttpContext http, RehabDbContext db, ITenantContext tenant, CancellationToken ct) =>
                Http(Surveys.PatientOutcomesAsync(id, http, db, tenant, ct)))
            .RequireAuthorization(Permission.ViewPatients).WithMetadata(new AuditsReadsAttribute("OutcomeSurvey")).WithTags("Outcomes")
            .Produces<PatientOutcomesResponse>()
            .WithSummary("A patient's scores per instrument over time, with the change since intake and whether the MCID is met");
        api.MapGet("/clinics/{id:guid}/nps", (Guid id, DateOnly? from, DateOnly? to, RehabDbContext db, ITenantContext tenant, CancellationToken ct) =>
                Http(Surveys.NpsAsync(id, from, to, db, tenant, ct)))
            .RequireAuthorization(Permission.ViewPatients).WithTags("Outcomes").Produces<NpsResponse>()
            .WithSummary("The clinic's Net Promoter Score from the recommend answers of surveys on its notes dated from–to (both optional)")
            .WithDescription("Promoters answer 9–10, detractors 0–6; the score is the percent of promoters less the percent of detractors (null with no answers).");
    }

    private static async Task<IResult> Http<T>(Task<NoteResult<T>> result, Func<T, string>? location = null) => (await result).ToHttp(location);
}
