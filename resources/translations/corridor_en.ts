<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>capacity_chart</name>
        <message numerus="yes">
            <source>{year}, {stage}: {capacity}, %n project(s)</source>
            <translation>
                <numerusform>{year}, {stage}: {capacity}, %n project</numerusform>
                <numerusform>{year}, {stage}: {capacity}, %n projects</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n without capacity)</source>
            <translation>
                <numerusform>(%n without capacity)</numerusform>
                <numerusform>(%n without capacity)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>chart_panel</name>
        <message numerus="yes">
            <source>&lt;b&gt;{name}&lt;/b&gt; — %n figures; ★ marks a record in its series ({records})</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — %n figure; ★ marks a record in its series ({records})</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — %n figures; ★ marks a record in its series ({records})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>columns</name>
        <message numerus="yes">
            <source>%n sources give this figure (rows tinted together).</source>
            <translation>
                <numerusform>%n source gives this figure (rows tinted together).</numerusform>
                <numerusform>%n sources give this figure (rows tinted together).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>compare_add</name>
        <message numerus="yes">
            <source>{window} (%n figures)</source>
            <translation>
                <numerusform>{window} (%n figure)</numerusform>
                <numerusform>{window} (%n figures)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>compare_items</name>
        <message numerus="yes">
            <source>{series}: %n points</source>
            <extracomment>above this many points in all, lines are drawn 1 px wide a hovered marker's text: (x, y, (line, point)) -&gt; tooltip</extracomment>
            <translation>
                <numerusform>{series}: %n point</numerusform>
                <numerusform>{series}: %n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n units ({units}): one chart holds two, so each series has its own panel.</source>
            <extracomment>marker styles of a series: (hollow, derived) -&gt; the scatter drawing those points the items of each series on one chart: its axis ("left", "right") and items small multiples: each series' plot and items</extracomment>
            <translation>
                <numerusform>%n unit ({units}): one chart holds two, so each series has its own panel.</numerusform>
                <numerusform>%n units ({units}): one chart holds two, so each series has its own panel.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>conflicts_panel</name>
        <message numerus="yes">
            <source>%n sources disagree</source>
            <translation>
                <numerusform>%n source disagrees</numerusform>
                <numerusform>%n sources disagree</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Disagreements: %n.</source>
            <translation>
                <numerusform>Disagreements: %n.</numerusform>
                <numerusform>Disagreements: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Without a preferred value: %n. Select a source and mark it preferred.</source>
            <translation>
                <numerusform>Without a preferred value: %n. Select a source and mark it preferred.</numerusform>
                <numerusform>Without a preferred value: %n. Select a source and mark it preferred.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>derive_dialog</name>
        <message numerus="yes">
            <source>%n figure</source>
            <translation>
                <numerusform>%n figure</numerusform>
                <numerusform>%n figure</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n figures</source>
            <translation>
                <numerusform>%n figure</numerusform>
                <numerusform>%n figures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gap</source>
            <translation>
                <numerusform>%n gap</numerusform>
                <numerusform>%n gap</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gaps</source>
            <translation>
                <numerusform>%n gap</numerusform>
                <numerusform>%n gaps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>edit_actions</name>
        <message numerus="yes">
            <source>Delete %n observation(s)? (Undo restores them.)</source>
            <translation>
                <numerusform>Delete %n observation? (Undo restores it.)</numerusform>
                <numerusform>Delete %n observations? (Undo restores them.)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them are figures of a derived series: recomputing the series puts them back. Edit &gt; Derived series… removes a series with its figures.</source>
            <translation>
                <numerusform>%n of them is a figure of a derived series: recomputing the series puts it back. Edit &gt; Derived series… removes a series with its figures.</numerusform>
                <numerusform>%n of them are figures of a derived series: recomputing the series puts them back. Edit &gt; Derived series… removes a series with its figures.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message numerus="yes">
            <source>Briefing written to {path} (%Ln bytes)</source>
            <translation>
                <numerusform>Briefing written to {path} (%Ln byte)</numerusform>
                <numerusform>Briefing written to {path} (%Ln bytes)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fetch_actions</name>
        <message numerus="yes">
            <source>Refreshed %n fetched queries: {changed} with changes, {failed} failed.</source>
            <translation>
                <numerusform>Refreshed %n fetched query: {changed} with changes, {failed} failed.</numerusform>
                <numerusform>Refreshed %n fetched queries: {changed} with changes, {failed} failed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %n fetched queries: {changed} with changes.</source>
            <translation>
                <numerusform>Refreshed %n fetched query: {changed} with changes.</numerusform>
                <numerusform>Refreshed %n fetched queries: {changed} with changes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fetch_dialog</name>
        <message numerus="yes">
            <source>%Ln figures read from {publisher}; {skipped} rows skipped ({errors} errors).</source>
            <translation>
                <numerusform>%Ln figure read from {publisher}; {skipped} rows skipped ({errors} errors).</numerusform>
                <numerusform>%Ln figures read from {publisher}; {skipped} rows skipped ({errors} errors).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln figures read from {publisher}.</source>
            <translation>
                <numerusform>%Ln figure read from {publisher}.</numerusform>
                <numerusform>%Ln figures read from {publisher}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>history_panel</name>
        <message numerus="yes">
            <source>%n states, newest first</source>
            <translation>
                <numerusform>%n state, newest first</numerusform>
                <numerusform>%n states, newest first</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>import_dialog</name>
        <message numerus="yes">
            <source>%n observations read from {publisher}; {skipped} rows skipped ({errors} errors), {empty} empty cells.</source>
            <translation>
                <numerusform>%n observation read from {publisher}; {skipped} rows skipped ({errors} errors), {empty} empty cells.</numerusform>
                <numerusform>%n observations read from {publisher}; {skipped} rows skipped ({errors} errors), {empty} empty cells.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>indicator_dialog</name>
        <message numerus="yes">
            <source>%n figures of this indicator are stored in another unit; they are not converted.</source>
            <translation>
                <numerusform>%n figure of this indicator is stored in another unit; it is not converted.</numerusform>
                <numerusform>%n figures of this indicator are stored in another unit; they are not converted.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>indicator_search</name>
        <message numerus="yes">
            <source>%n indicators match “{words}” (the first {limit} are shown): tick the ones to add.</source>
            <translation>
                <numerusform>%n indicator matches “{words}” (the first {limit} are shown): tick the ones to add.</numerusform>
                <numerusform>%n indicators match “{words}” (the first {limit} are shown): tick the ones to add.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicators match “{words}”: tick the ones to add.</source>
            <translation>
                <numerusform>%n indicator matches “{words}”: tick the ones to add.</numerusform>
                <numerusform>%n indicators match “{words}”: tick the ones to add.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Add %n codes</source>
            <translation>
                <numerusform>&amp;Add %n code</numerusform>
                <numerusform>&amp;Add %n codes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>live_updates</name>
        <message numerus="yes">
            <source>%n by {user}</source>
            <translation>
                <numerusform>%n by {user}</numerusform>
                <numerusform>%n by {user}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n figures changed by {user}</source>
            <translation>
                <numerusform>%n figure changed by {user}</numerusform>
                <numerusform>%n figures changed by {user}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items changed by {user}</source>
            <translation>
                <numerusform>%n item changed by {user}</numerusform>
                <numerusform>%n items changed by {user}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claims changed by {user}</source>
            <translation>
                <numerusform>%n claim changed by {user}</numerusform>
                <numerusform>%n claims changed by {user}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n projects changed by {user}</source>
            <translation>
                <numerusform>%n project changed by {user}</numerusform>
                <numerusform>%n projects changed by {user}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n company roles changed by {user}</source>
            <translation>
                <numerusform>%n company role changed by {user}</numerusform>
                <numerusform>%n company roles changed by {user}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n project stages changed by {user}</source>
            <translation>
                <numerusform>%n project stage changed by {user}</numerusform>
                <numerusform>%n project stages changed by {user}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n project facts changed by {user}</source>
            <translation>
                <numerusform>%n project fact changed by {user}</numerusform>
                <numerusform>%n project facts changed by {user}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n events changed by {user}</source>
            <translation>
                <numerusform>%n event changed by {user}</numerusform>
                <numerusform>%n events changed by {user}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n links changed by {user}</source>
            <translation>
                <numerusform>%n link changed by {user}</numerusform>
                <numerusform>%n links changed by {user}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n earlier values changed by {user}</source>
            <translation>
                <numerusform>%n earlier value changed by {user}</numerusform>
                <numerusform>%n earlier values changed by {user}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entities changed by {user}</source>
            <translation>
                <numerusform>%n entity changed by {user}</numerusform>
                <numerusform>%n entities changed by {user}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n derived series changed by {user}</source>
            <translation>
                <numerusform>%n derived series changed by {user}</numerusform>
                <numerusform>%n derived series changed by {user}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved views changed by {user}</source>
            <translation>
                <numerusform>%n saved view changed by {user}</numerusform>
                <numerusform>%n saved views changed by {user}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fetch queries changed by {user}</source>
            <translation>
                <numerusform>%n fetch query changed by {user}</numerusform>
                <numerusform>%n fetch queries changed by {user}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message numerus="yes">
            <source>Copied %n rows as tab-separated text.</source>
            <translation>
                <numerusform>Copied %n row as tab-separated text.</numerusform>
                <numerusform>Copied %n rows as tab-separated text.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>project_details</name>
        <message numerus="yes">
            <source>The source counts %n projects{total} but names none, and none is linked in the registry.</source>
            <translation>
                <numerusform>The source counts %n project{total} but does not name it, and it is not linked in the registry.</numerusform>
                <numerusform>The source counts %n projects{total} but names none, and none is linked in the registry.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The source counts %n projects{total}; all are in the registry ({known}).</source>
            <translation>
                <numerusform>The source counts %n project{total}; it is in the registry ({known}).</numerusform>
                <numerusform>The source counts %n projects{total}; all are in the registry ({known}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The source counts %n projects{total}; the registry has {known_count} of them ({known}); {unknown} more{rest} are not identified.</source>
            <translation>
                <numerusform>The source counts %n project{total}; the registry has {known_count} of them ({known}); {unknown} more{rest} are not identified.</numerusform>
                <numerusform>The source counts %n projects{total}; the registry has {known_count} of them ({known}); {unknown} more{rest} are not identified.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>refresh_dialog</name>
        <message numerus="yes">
            <source>%n queries asked again, {changed} with changes, {failed} failed.</source>
            <translation>
                <numerusform>%n query asked again, {changed} with changes, {failed} failed.</numerusform>
                <numerusform>%n queries asked again, {changed} with changes, {failed} failed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queries asked again, {changed} with changes.</source>
            <translation>
                <numerusform>%n query asked again, {changed} with changes.</numerusform>
                <numerusform>%n queries asked again, {changed} with changes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>restore_dialog</name>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sdmx_browser</name>
        <message numerus="yes">
            <source>%Ln dataflows: pick one to see its dimensions.</source>
            <translation>
                <numerusform>%Ln dataflow: pick one to see its dimensions.</numerusform>
                <numerusform>%Ln dataflows: pick one to see its dimensions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{dataflow}: %n dimensions. Tick codes to narrow the key; a dimension with none ticked takes every code.</source>
            <translation>
                <numerusform>{dataflow}: %n dimension. Tick codes to narrow the key; a dimension with none ticked takes every code.</numerusform>
                <numerusform>{dataflow}: %n dimensions. Tick codes to narrow the key; a dimension with none ticked takes every code.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Search the %n codes of {dimension}</source>
            <translation>
                <numerusform>Search the %n code of {dimension}</numerusform>
                <numerusform>Search the %n codes of {dimension}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>source_panel</name>
        <message numerus="yes">
            <source>{day} (%n figures revised)</source>
            <translation>
                <numerusform>{day} (%n figure revised)</numerusform>
                <numerusform>{day} (%n figures revised)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>table_export</name>
        <message numerus="yes">
            <source>%Ln rows written to {path}</source>
            <translation>
                <numerusform>%Ln row written to {path}</numerusform>
                <numerusform>%Ln rows written to {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>table_panel</name>
        <message numerus="yes">
            <source>{shown} of %Ln figures</source>
            <translation>
                <numerusform>{shown} of %Ln figure</numerusform>
                <numerusform>{shown} of %Ln figures</numerusform>
            </translation>
        </message>
    </context>
</TS>