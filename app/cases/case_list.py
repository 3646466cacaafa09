"""The case list: its pages (by name, due lists soonest first) and its search (best matches first,
then by name), read by keyset through the term index and the name-order entries
(``app.cases.name_order``), never by reading every match; and the count of cases. ``CaseBook``
keeps thin methods of the same names (``list_cases``, ``count``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from app.cases.name_order import ORDER, order_bytes, order_prefix, order_text
from app.text.search import (
    EXACT_MATCH,
    LOOSE_MATCH,
    Query,
    QueryTerm,
    parse_query,
    term_range,
)
from app.workspace.roles import Permission
from app.workspace.store import Store

if TYPE_CHECKING:
    from app.cases.book import CaseBook

# A search counts its matches up to this many ("1,000+"): a first letter matches a quarter of the
# cases, and counting them all would cost more than finding the page shown.
COUNT_LIMIT = 1000
# A query term whose index range holds fewer entries than this is "rare": its matches are read
# and sorted; when every term is commoner, the name index is walked instead (see _search_page).
DENSE = 600
# A common query is counted only when its leading term has fewer index entries than this;
# otherwise its page says "at least" (Page.total_exact false).
COUNT_BUDGET = 20_000
# A common query's terms with fewer index entries than this are gathered into a set in memory
# once per statement (``_has_gathered``) instead of sought case by case (``_has_term``).
GATHER = 12_000
_COLUMNS = "case_id, display_name, status, team, citizenship, next_due, conflicts"


@dataclass(frozen=True)
class CaseRow:
    case_id: str
    display_name: str
    status: str
    team: str | None
    citizenship: str | None
    next_due: str | None
    conflicts: int


@dataclass(frozen=True)
class Cursor:
    """Where a page of the case list ended: the sort key of its last row (opaque to callers)."""

    key: tuple[Any, ...]


@dataclass(frozen=True)
class Page:
    rows: list[CaseRow]
    total: int
    after: Cursor | None = None  # where the next page starts; None: this was the last page
    total_exact: bool = True  # false: at least ``total`` (a search with very many matches)


def list_cases(
    book: CaseBook,
    *,
    query: str = "",
    status: str | None = None,
    team: str | None = None,
    citizenship: str | None = None,
    due: str | None = None,
    after: Cursor | None = None,
    limit: int = 50,
) -> Page:
    """A page of the case list, by name order (due lists: soonest first; search results: best
    matches first, then by name).

    Pages are read by keyset, never by offset: ``after`` is the ``Page.after`` of the page
    before (None: the first page), so any page costs what the first does, and a case added
    or changed between two pages is neither shown twice nor makes another skipped.
    ``Page.total`` is exact for the list; for a search it is exact up to :data:`COUNT_LIMIT`
    and otherwise that limit with ``total_exact`` false (shown as "1,000+"): counting every
    match of a first letter would cost more than finding the page.

    ``due``: ``"due"`` (due within the rules' window, not yet overdue), ``"overdue"``, or
    ``"any"`` (both)."""
    book.session.require(Permission.VIEW_CASES)
    store = book.store
    where, params = ["1 = 1"], []
    if status:
        where.append("status = ?")
        params.append(status)
    if team:
        where.append("team = ?")
        params.append(team)
    if citizenship:
        where.append("citizenship = ?")
        params.append(citizenship)
    today = book.today()
    soon = today + timedelta(days=book.rules.due_window_days)
    if due == "overdue":
        where.append("next_due < ?")
        params.append(today.isoformat())
    elif due == "due":
        where.append("next_due >= ? AND next_due <= ?")
        params += [today.isoformat(), soon.isoformat()]
    elif due == "any":
        where.append("next_due <= ?")
        params.append(soon.isoformat())
    if query.strip():
        parsed = parse_query(query)
        if parsed.terms:
            return _search_page(store, parsed, " AND ".join(where), params, after, limit)
    filters = " AND ".join(where)
    total = int(store.scalar(f"SELECT count(*) FROM cases WHERE {filters}", params))
    # The due lists come soonest first (and through the index on the due date: sorting
    # 100k rows by name to find the few due would scan them all).
    keys = ("next_due", "sort_key", "case_id") if due else ("sort_key", "case_id")
    keyset, key_params = "", []
    if after is not None:
        keyset = f" AND ({', '.join(keys)}) > ({', '.join('?' * len(keys))})"
        key_params = list(after.key[-len(keys) :])
    rows = store.query(
        f"SELECT {_COLUMNS}, next_due, sort_key FROM cases WHERE {filters}{keyset}"
        f" ORDER BY {', '.join(keys)} LIMIT ?",
        [*params, *key_params, limit + 1],
    )
    return _page(rows[:limit], len(rows) > limit, total, True, lambda r: (r[7], r[8], r[0]))


def _search_page(
    store: Store, parsed: Query, filters: str, params: list[Any], after: Cursor | None, limit: int
) -> Page:
    """One page of search results, ranked (exact matches, then loose), then by name, found
    without reading every match: each query term's index range is counted up to
    :data:`DENSE`; when some term is rare its matches are read and sorted by SQLite, and when
    every term is common (a first letter) the name index is walked in order and each case
    checked against the terms until the page is full."""
    exact_sql, exact_params, match_sql, match_params = [], [], [], []
    rarest: tuple[int, list[tuple[str, str]]] | None = None
    for term in parsed.terms:
        exact = [term_range(f) for f in sorted(term.exact)]
        either = exact + [term_range(f) for f in sorted(term.loose)]
        if term.loose:  # a term without loose forms matches exactly or not at all
            sql, values = _has_term(exact)
            exact_sql.append(sql)
            exact_params += values
        sql, values = _has_term(either)
        match_sql.append(sql)
        match_params += values
        entries = _entries_in(store, either, DENSE)
        if rarest is None or entries < rarest[0]:
            rarest = (entries, either)
    assert rarest is not None
    exact_all = " AND ".join(exact_sql) or "1"
    rank = f"(CASE WHEN {exact_all} THEN {EXACT_MATCH} ELSE {LOOSE_MATCH} END)"
    matching = f"{filters} AND {' AND '.join(match_sql)}"
    if rarest[0] < DENSE:  # few matches: read them all through the term index, sort them
        union = " UNION ".join(
            "SELECT case_id FROM case_terms WHERE term >= ? AND term < ?" for _ in rarest[1]
        )
        found = (
            f"SELECT {_COLUMNS}, {rank} AS rank, sort_key FROM cases"
            f" WHERE case_id IN ({union}) AND {matching}"
        )
        found_params = [*exact_params, *(v for r in rarest[1] for v in r), *params]
        found_params += match_params
        total = int(store.scalar(f"SELECT count(*) FROM ({found})", found_params))
        keyset, key_params = "", []
        if after is not None:
            keyset = " WHERE rank < ? OR (rank = ? AND (sort_key, case_id) > (?, ?))"
            key_params = [after.key[0], *after.key]
        rows = store.query(
            f"SELECT * FROM ({found}){keyset} ORDER BY rank DESC, sort_key, case_id LIMIT ?",
            [*found_params, *key_params, limit + 1],
        )
        return _page(rows[:limit], len(rows) > limit, total, True, _search_key)
    if _has_order_entries(store):
        return _search_by_order(store, parsed, filters, params, after, limit)
    # Many matches in a workspace without name-order entries (until ``rebuild``): walk the
    # name index, exact matches first, then the loose ones.
    rows = []
    for wanted in (EXACT_MATCH, LOOSE_MATCH):
        if after is not None and wanted > after.key[0]:
            continue  # (rank, name) order: this rank's pages came before
        if wanted == LOOSE_MATCH and not exact_sql:
            break  # every match is exact
        phase = exact_all if wanted == EXACT_MATCH else f"NOT ({exact_all})"
        keyset, key_params = "", []
        if after is not None and after.key[0] == wanted:
            keyset = " AND (sort_key, case_id) > (?, ?)"
            key_params = list(after.key[1:])
        rows += [
            (*r[:7], wanted, r[7])
            for r in store.query(
                f"SELECT {_COLUMNS}, sort_key FROM cases INDEXED BY cases_by_name"
                f" WHERE {matching} AND {phase}{keyset} ORDER BY sort_key, case_id LIMIT ?",
                [*params, *match_params, *exact_params, *key_params, limit + 1 - len(rows)],
            )
        ]
        if len(rows) > limit:
            break
    total = _count_walk(store, matching, [*params, *match_params])
    return _page(rows[:limit], len(rows) > limit, total, total < COUNT_LIMIT, _search_key)


def _search_by_order(
    store: Store, parsed: Query, filters: str, params: list[Any], after: Cursor | None, limit: int
) -> Page:
    """A common query's page: the name-order entries (:data:`ORDER`) of one term's first
    letters are walked in name order, exact matches first, then the loose ones, each entry
    checked against the query's terms by index seeks, until the page is full."""
    # The term with the fewest index entries leads (counted up to COUNT_BUDGET).
    counted = [
        (_entries_in(store, [term_range(f) for f in sorted(t.exact | t.loose)], COUNT_BUDGET), t)
        for t in parsed.terms
    ]
    driver_entries, driver = min(counted, key=lambda c: c[0])
    joined = "" if filters == "1 = 1" else " JOIN cases ON cases.case_id = d.case_id"
    # Per term: how its cases are checked (a term of fewer than GATHER entries against a set of
    # its cases gathered once by the statement, a commoner one by a seek per case walked), the
    # ranges of all its forms and of its exact ones (None: every match of it is exact).
    terms: list[tuple[QueryTerm, Callable[..., tuple[str, list[str]]], Any, Any]] = []
    for entries, term in counted:
        exact = [term_range(f) for f in sorted(term.exact)]
        either = exact + [term_range(f) for f in sorted(term.loose)]
        has = _has_gathered if entries < GATHER else _has_term
        terms.append((term, has, either, exact if term.loose else None))
    any_loose = any(exact is not None for *_, exact in terms)

    def matches(wanted: int, owner: str, known: QueryTerm | None) -> tuple[str, list[str]]:
        """SQL true when the case (``owner``) matches every term with rank ``wanted``;
        ``known``: a term the walked entries are known to match exactly (its checks left out
        where the rank allows)."""
        sql, values = [], []
        for term, has, either, _ in terms:
            if term is not known:
                part, part_values = has(either, owner)
                sql.append(part)
                values += part_values
        exact_sql, exact_values = [], []
        for term, has, _, exact in terms:
            if exact is not None and not (wanted == EXACT_MATCH and term is known):
                part, part_values = has(exact, owner)
                exact_sql.append(part)
                exact_values += part_values
        every_exact = " AND ".join(exact_sql) or "1"
        sql.append(every_exact if wanted == EXACT_MATCH else f"NOT ({every_exact})")
        return " AND ".join(sql), values + exact_values

    found: list[tuple[int, bytes, str]] = []
    for wanted in (EXACT_MATCH, LOOSE_MATCH):
        if after is not None and wanted > after.key[0]:
            continue  # (rank, name) order: this rank's pages came before
        if wanted == LOOSE_MATCH and not any_loose:
            break  # every match is exact
        forms = driver.exact if wanted == EXACT_MATCH else driver.exact | driver.loose
        start = after.key[1:] if after is not None and after.key[0] == wanted else None
        need = limit + 1 - len(found)
        merged: dict[str, bytes] = {}
        for form in sorted(forms):
            prefix, verify = order_prefix(form)
            # Counted only as far as it decides something: whether any case has the form, and
            # for a form checked against the terms, whether it is rare (read) or few (gathered).
            form_entries = _entries_in(store, [term_range(form)], GATHER if verify else 1)
            if not form_entries:
                continue  # no case has it (a romanisation no name gives): nothing to walk
            low, high = ORDER + prefix + "\x00", ORDER + prefix + "\x01"
            keyset, key_params = "d.entry >= ?", [low]
            if start is not None:
                keyset = "(d.entry, d.case_id) > (?, ?)"
                key_params = [low + order_text(start[0]), start[1]]
            if verify and form_entries < DENSE:
                # A rare form under a common prefix: its cases read and sorted, not walked.
                owned, owned_params = matches(wanted, "cases.case_id", None)
                keyset, key_params = "", []
                if start is not None:
                    keyset, key_params = " AND (sort_key, case_id) > (?, ?)", list(start)
                for order_key, case_id in store.query(
                    "SELECT sort_key, case_id FROM cases WHERE case_id IN (SELECT case_id"
                    f" FROM case_terms WHERE term >= ? AND term < ?) AND {owned}"
                    f" AND {filters}{keyset} ORDER BY sort_key, case_id LIMIT ?",
                    [*term_range(form), *owned_params, *params, *key_params, need],
                ):
                    merged.setdefault(case_id, bytes(order_key))
                continue
            check, check_params = "", list[str]()
            if verify:  # the prefix's entries hold longer terms than the form: checked
                has = _has_gathered if form_entries < GATHER else _has_term
                check, check_params = has([term_range(form)], "d.case_id")
                check = f" AND {check}"
            # Every entry walked (and checked, if need be) is of a case that has a term this
            # form finds: it matches the leading term (exactly, in the exact phase, whose forms
            # are exact), which is not checked again.
            match_sql, match_params = matches(wanted, "d.case_id", driver)
            for term_text, case_id in store.query(
                f"SELECT d.entry, d.case_id FROM case_order d{joined}"
                f" WHERE {keyset} AND d.entry < ?{check} AND {match_sql}"
                f" AND {filters} ORDER BY d.entry, d.case_id LIMIT ?",
                [*key_params, high, *check_params, *match_params, *params, need],
            ):
                merged.setdefault(case_id, order_bytes(term_text[len(low) :]))
        best = sorted((key, case_id) for case_id, key in merged.items())[:need]
        found += [(wanted, key, case_id) for key, case_id in best]
        if len(found) > limit:
            break
    rows_by_id = {
        r[0]: r
        for r in store.query(
            f"SELECT {_COLUMNS} FROM cases WHERE case_id IN ({','.join('?' * len(found))})",
            [case_id for *_, case_id in found],
        )
    }
    rows = [(*rows_by_id[c], rank, key) for rank, key, c in found if c in rows_by_id]
    more = len(rows) > limit
    if after is None and not more:  # the whole result is on this page
        return _page(rows, more, len(rows), True, _search_key)
    if driver_entries < COUNT_BUDGET:
        every = [has(either, "d.case_id") for _, has, either, _ in terms]
        total = _count_order(
            store,
            driver,
            joined,
            [sql for sql, _ in every],
            [v for _, values in every for v in values],
            filters,
            params,
        )
        return _page(rows[:limit], more, total, total < COUNT_LIMIT, _search_key)
    # Too many to count while a worker types: "at least this page" (the list learns the
    # exact number when its last page arrives).
    return _page(rows[:limit], more, len(rows[:limit]), False, _search_key)


def _count_order(
    store: Store,
    driver: QueryTerm,
    joined: str,
    match: list[str],
    match_params: list[Any],
    filters: str,
    params: list[Any],
) -> int:
    """The matches of a common query, counted up to :data:`COUNT_LIMIT` through the leading
    term's own index ranges (fewer than :data:`COUNT_BUDGET` entries)."""
    branches, values = [], []
    for form in sorted(driver.exact | driver.loose):
        branches.append(
            f"SELECT d.case_id FROM case_terms d{joined} WHERE d.term >= ? AND d.term < ?"
            f" AND {' AND '.join(match)} AND {filters}"
        )
        values += [*term_range(form), *match_params, *params]
    return int(
        store.scalar(
            "SELECT count(*) FROM (SELECT DISTINCT case_id FROM"
            f" ({' UNION ALL '.join(branches)}) LIMIT ?)",
            [*values, COUNT_LIMIT],
        )
    )


def _has_order_entries(store: Store) -> bool:
    """Whether the name-order entries are there (a workspace from before them has none
    until ``rebuild``: its searches walk the name index instead)."""
    return (
        store.query_one("SELECT 1 FROM case_order LIMIT 1") is not None
        or store.query_one("SELECT 1 FROM cases LIMIT 1") is None
    )


def _entries_in(store: Store, ranges: list[tuple[str, str]], cap: int) -> int:
    """How many index entries the term ranges hold, counted up to ``cap``."""
    count = 0
    for low, high in ranges:
        count += int(
            store.scalar(
                "SELECT count(*) FROM (SELECT 1 FROM case_terms WHERE term >= ? AND term < ?"
                " LIMIT ?)",
                (low, high, cap - count),
            )
        )
        if count >= cap:
            break
    return count


def _count_walk(store: Store, matching: str, params: list[Any]) -> int:
    return int(
        store.scalar(
            f"SELECT count(*) FROM (SELECT 1 FROM cases WHERE {matching} LIMIT ?)",
            [*params, COUNT_LIMIT],
        )
    )


def count(book: CaseBook) -> int:
    book.session.require(Permission.VIEW_CASES)
    return int(book.store.scalar("SELECT count(*) FROM cases"))


def _has_term(ranges: list[tuple[str, str]], owner: str = "cases.case_id") -> tuple[str, list[str]]:
    """SQL true when the case (``owner``) has an index term in one of ``ranges``."""
    if not ranges:
        return "0", []
    # One seek per range in the index by case (case_id, term): a few pages per case checked.
    seek = f"EXISTS (SELECT 1 FROM case_terms t WHERE t.case_id = {owner} AND t.term >= ?"
    return "(" + " OR ".join(f"{seek} AND t.term < ?)" for _ in ranges) + ")", [
        v for r in ranges for v in r
    ]


def _has_gathered(
    ranges: list[tuple[str, str]], owner: str = "cases.case_id"
) -> tuple[str, list[str]]:
    """SQL true when the case (``owner``) has an index term in one of ``ranges``, as
    :func:`_has_term`, for ranges of few entries: SQLite reads them once per statement into a
    set in memory (the subquery is not correlated), then each case walked is a lookup in it
    rather than a seek into the index by case, most of whose pages are not in the page cache
    of a large workspace (each miss a page decrypted again)."""
    if not ranges:
        return "0", []
    union = " UNION ALL ".join(
        "SELECT case_id FROM case_terms WHERE term >= ? AND term < ?" for _ in ranges
    )
    # ``+``: a filter on the rows the statement walks, never a list of cases to drive the walk
    # from (the planner would otherwise seek each gathered case in the index by case).
    return f"+{owner} IN ({union})", [v for r in ranges for v in r]


def _search_key(row: Any) -> tuple[Any, ...]:
    return (row[7], row[8], row[0])


def _page(
    rows: list[Any],
    more: bool,
    total: int,
    exact: bool,
    key: Callable[[Any], tuple[Any, ...]],
) -> Page:
    after = Cursor(key(rows[-1])) if more and rows else None
    return Page([CaseRow(*r[:7]) for r in rows], total, after, exact)
