<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>Form</name>
        <message>
            <source>Link Axis:</source>
            <translation>Связать ось:</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Связывает эту ось с другим графиком: оба будут показывать один и тот же диапазон данных.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Доля данных, видимая при автомасштабировании. Для данных с резкими выбросами значение полезно уменьшить.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Автоматически менять масштаб оси при каждом изменении данных.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Авто</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Задать диапазон оси вручную. Автомасштабирование отключается. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Вручную</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Наименьшее значение на этой оси.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Наибольшее значение на этой оси.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Перевернуть ось (+y направлена вниз, а не вверх).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Invert Axis</source>
            <translation>Перевернуть ось</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Разрешить сдвиг и масштаб этой оси мышью.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Mouse Enabled</source>
            <translation>Управление мышью</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Автомасштаб только по данным, видимым вдоль другой оси.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Visible Data Only</source>
            <translation>Только видимые данные</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Ось сама сдвигается к текущим данным, но её масштаб не меняется.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Auto Pan Only</source>
            <translation>Только автосдвиг</translation>
        </message>
    </context>
    <context>
        <name>S:</name>
        <message>
            <source />
            <comment>unit line of a chart; currencies may keep their ISO code</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>unit line of a chart of persons counted (tourist arrivals)</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>unit line of a chart of freight trains</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>unit line of a chart of wind turbines</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>unit line of a chart of multiples ("4.2 times as much")</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>"trillion" on a chart's unit line, short</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>"billion" on a chart's unit line, short</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>"million" on a chart's unit line, short</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>chart legend: marker of a figure for a whole calendar year</comment>
            <extracomment>mark (app.domain.series.MARKS) -&gt; legend words of its kind of period template with {year} template with {series} and {window} template with {unit} and {scale}</extracomment>
            <translation />
        </message>
        <message>
            <source />
            <comment>chart legend: marker of a figure from January to a month, or a range</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>chart legend: marker of a figure for a quarter, half-year or month</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>chart legend: marker of a stock at a date (e.g. companies active)</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>chart legend: star on the highest figure of a series</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>chart legend: cross and dashed range of a full-year projection</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>chart legend: figures that are not measured outcomes</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>label beside a projection's cross on a chart, e.g. "projection 2025"</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>chart legend of bars: a series and a window of months, e.g.</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>same-period chart: the window compared is the whole year</comment>
            <translation />
        </message>
        <message>
            <source />
            <comment>a chart's unit line: {scale} is million, billion…, {unit} the unit</comment>
            <translation />
        </message>
    </context>
    <context>
        <name>ViewBox</name>
        <message>
            <source>ViewBox options</source>
            <translation>Параметры графика</translation>
        </message>
        <message>
            <source>View All</source>
            <translation>Показать всё</translation>
        </message>
        <message>
            <source>axis</source>
            <translation>ось</translation>
        </message>
        <message>
            <source>Mouse Mode</source>
            <translation>Режим мыши</translation>
        </message>
        <message>
            <source>3 button</source>
            <translation>3 кнопки</translation>
        </message>
        <message>
            <source>1 button</source>
            <translation>1 кнопка</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <source>&amp;File</source>
            <extracomment>the menus (titles translated where the menu bar is built)</extracomment>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;New workspace…</source>
            <extracomment>resources/icons/actions/&lt;icon&gt;.svg (app.ui.icons.action_icon; a freedesktop name where there is one, which is also the theme fallback) changes the workspace: disabled where it is read-only (a viewer of a server)</extracomment>
            <translation>&amp;Новое рабочее пространство…</translation>
        </message>
        <message>
            <source>&amp;Open workspace…</source>
            <translation>&amp;Открыть рабочее пространство…</translation>
        </message>
        <message>
            <source>&amp;Connect to Server…</source>
            <translation>&amp;Подключиться к серверу…</translation>
        </message>
        <message>
            <source>Open a team workspace on a PostgreSQL server; others' changes appear as they make them</source>
            <translation>Открыть общее рабочее пространство на сервере PostgreSQL; изменения коллег появляются по мере их внесения</translation>
        </message>
        <message>
            <source>Save workspace &amp;as…</source>
            <translation>Сохранить рабочее пространство &amp;как…</translation>
        </message>
        <message>
            <source>&amp;Import figures…</source>
            <translation>&amp;Импортировать данные…</translation>
        </message>
        <message>
            <source>Import a portal download or table</source>
            <translation>Импортировать файл, загруженный с портала, или таблицу</translation>
        </message>
        <message>
            <source>&amp;Fetch from a portal…</source>
            <translation>&amp;Загрузить с портала…</translation>
        </message>
        <message>
            <source>Ask the World Bank, UN Comtrade, the IMF or an SDMX agency for a pair's figures; preview, then import</source>
            <translation>Запросить данные по паре стран у Всемирного банка, UN Comtrade, МВФ или агентства SDMX; просмотреть, затем импортировать</translation>
        </message>
        <message>
            <source>Re&amp;fresh fetched figures…</source>
            <translation>&amp;Обновить загруженные данные…</translation>
        </message>
        <message>
            <source>Ask stored portal queries again; revised values keep their earlier vintages</source>
            <translation>Повторить сохранённые запросы к порталам; у пересмотренных значений сохраняются прежние версии</translation>
        </message>
        <message>
            <source>Refresh this series from its &amp;portal</source>
            <translation>Обновить этот ряд с &amp;портала</translation>
        </message>
        <message>
            <source>Ask again the portal queries that gave the current indicator's figures for the pair</source>
            <translation>Повторить запросы к порталам, давшие значения текущего показателя для пары</translation>
        </message>
        <message>
            <source>Export &amp;summary…</source>
            <translation>Экспорт &amp;сводки…</translation>
        </message>
        <message>
            <source>Export &amp;briefing…</source>
            <translation>Экспорт &amp;справки…</translation>
        </message>
        <message>
            <source>Word, PDF, HTML, Markdown or Excel briefing with charts and sources</source>
            <translation>Справка в формате Word, PDF, HTML, Markdown или Excel с графиками и источниками</translation>
        </message>
        <message>
            <source>Export &amp;table…</source>
            <translation>Экспорт &amp;таблицы…</translation>
        </message>
        <message>
            <source>The rows as shown (filtered, sorted) to CSV, XLSX or Parquet</source>
            <translation>Строки в текущем виде (с фильтрами и сортировкой) в CSV, XLSX или Parquet</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Восстановить из резервной копии…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>&amp;Copy cells</source>
            <translation>&amp;Копировать ячейки</translation>
        </message>
        <message>
            <source>Copy the selected cells as tab-separated text</source>
            <translation>Скопировать выделенные ячейки как текст с разделителями-табуляциями</translation>
        </message>
        <message>
            <source>Copy c&amp;hart</source>
            <translation>Копировать &amp;график</translation>
        </message>
        <message>
            <source>Copy the chart as a picture</source>
            <translation>Скопировать график как изображение</translation>
        </message>
        <message>
            <source>&amp;Add observation…</source>
            <translation>&amp;Добавить наблюдение…</translation>
        </message>
        <message>
            <source>Add figures from &amp;text…</source>
            <translation>Добавить данные из &amp;текста…</translation>
        </message>
        <message>
            <source>Paste a press item; review the figures Corridor finds</source>
            <translation>Вставьте сообщение прессы и проверьте значения, найденные Corridor</translation>
        </message>
        <message>
            <source>&amp;Delete observations</source>
            <translation>&amp;Удалить наблюдения</translation>
        </message>
        <message>
            <source>&amp;Filter…</source>
            <translation>&amp;Фильтр…</translation>
        </message>
        <message>
            <source>Show &amp;all figures</source>
            <translation>Показать &amp;все данные</translation>
        </message>
        <message>
            <source>Clear the table's filters (indicator, columns, text, years): every figure of the pair (also Esc in the table)</source>
            <translation>Сбросить фильтры таблицы (показатель, столбцы, текст, годы): все данные пары (также Esc в таблице)</translation>
        </message>
        <message>
            <source>Sa&amp;ve view…</source>
            <translation>Со&amp;хранить вид…</translation>
        </message>
        <message>
            <source>Save the pair, filters, sort and chart under a name in the workspace</source>
            <translation>Сохранить пару, фильтры, сортировку и график под именем в рабочем пространстве</translation>
        </message>
        <message>
            <source>&amp;Manage views…</source>
            <translation>&amp;Управление видами…</translation>
        </message>
        <message>
            <source>Apply, rename, overwrite or delete saved views</source>
            <translation>Применить, переименовать, перезаписать или удалить сохранённые виды</translation>
        </message>
        <message>
            <source>E&amp;xport chart…</source>
            <translation>Э&amp;кспорт графика…</translation>
        </message>
        <message>
            <source>PNG (size, DPI) or SVG</source>
            <translation>PNG (размер, DPI) или SVG</translation>
        </message>
        <message>
            <source>&amp;Reset chart view</source>
            <translation>&amp;Сбросить вид графика</translation>
        </message>
        <message>
            <source>&amp;Projects</source>
            <translation>&amp;Проекты</translation>
        </message>
        <message>
            <source>The project registry: companies, stages, sources and roll-ups</source>
            <translation>Реестр проектов: компании, стадии, источники и сводные итоги</translation>
        </message>
        <message>
            <source>&amp;Claims</source>
            <translation>&amp;Утверждения</translation>
        </message>
        <message>
            <source>Every claim of the pair's sources with its verdict and the figures checked</source>
            <translation>Все утверждения источников по паре с вердиктом и проверенными значениями</translation>
        </message>
        <message>
            <source>C&amp;ompare series</source>
            <translation>&amp;Сравнить ряды</translation>
        </message>
        <message>
            <source>Several indicators or pairs on one chart: levels, index, growth, share; drag catalogue entries onto it</source>
            <translation>Несколько показателей или пар на одном графике: уровни, индекс, рост, доля; перетащите сюда элементы каталога</translation>
        </message>
        <message>
            <source>Pi&amp;vot grid</source>
            <translation>Сводная &amp;таблица</translation>
        </message>
        <message>
            <source>Indicators × periods, one preferred figure per cell, with conflict and claim marks</source>
            <translation>Показатели × периоды, по одному предпочтительному значению в ячейке, с отметками расхождений и утверждений</translation>
        </message>
        <message>
            <source>Derive &amp;series…</source>
            <translation>&amp;Вычислить ряд…</translation>
        </message>
        <message>
            <source>Compute what the sources do not publish (change, CAGR, months to years, YTD differences, rolling sums, formulas) with its lineage</source>
            <translation>Вычислить то, что источники не публикуют (изменение, CAGR, месяцы в годы, разности с начала года, скользящие суммы, формулы), с указанием происхождения</translation>
        </message>
        <message>
            <source>Derived series…</source>
            <translation>Производные ряды…</translation>
        </message>
        <message>
            <source>The stored derived series with their rules: remove one or recompute them all</source>
            <translation>Сохранённые производные ряды и их правила: удалить один или пересчитать все</translation>
        </message>
        <message>
            <source>New &amp;indicator…</source>
            <translation>Новый &amp;показатель…</translation>
        </message>
        <message>
            <source>Add an indicator to the catalogue: code, name, unit, kind and topic</source>
            <translation>Добавить показатель в каталог: код, название, единица, тип и тема</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>The desk's language (numbers and dates follow it)</source>
            <translation>Язык рабочего стола (числа и даты следуют ему)</translation>
        </message>
        <message>
            <source>&amp;History of the figure</source>
            <translation>&amp;История показателя</translation>
        </message>
        <message>
            <source>Every value the selected figure has had, who changed it and when; restore one</source>
            <translation>Все значения выбранного показателя, кто и когда их изменил; восстановить любое</translation>
        </message>
        <message>
            <source>Next pane</source>
            <translation>Следующая панель</translation>
        </message>
        <message>
            <source>Move the keyboard to the next pane: catalogue, table, chart, source</source>
            <translation>Перевести клавиатуру на следующую панель: каталог, таблица, график, источник</translation>
        </message>
        <message>
            <source>Previous pane</source>
            <translation>Предыдущая панель</translation>
        </message>
        <message>
            <source>Go to the catalogue</source>
            <translation>Перейти к каталогу</translation>
        </message>
        <message>
            <source>Go to the table</source>
            <translation>Перейти к таблице</translation>
        </message>
        <message>
            <source>Go to the chart</source>
            <translation>Перейти к графику</translation>
        </message>
        <message>
            <source>Go to the source</source>
            <translation>Перейти к источнику</translation>
        </message>
        <message>
            <source>&amp;About Corridor</source>
            <translation>&amp;О программе Corridor</translation>
        </message>
    </context>
    <context>
        <name>add_dialog</name>
        <message>
            <source>Value</source>
            <extracomment>the form's fields, named in refusals ("Value: …") as on their labels</extracomment>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Qualifier</source>
            <translation>Точность</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Add observation</source>
            <translation>Добавить значение</translation>
        </message>
        <message>
            <source>e.g. {examples}</source>
            <translation>например: {examples}</translation>
        </message>
        <message>
            <source>Different unit</source>
            <translation>Другая единица</translation>
        </message>
        <message>
            <source>Figures are kept in their indicator's unit; tick to store this one in another</source>
            <translation>Значения хранятся в единице своего показателя; отметьте, чтобы сохранить это значение в другой</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Reporter (ISO)</source>
            <translation>Отчитывающаяся страна (ISO)</translation>
        </message>
        <message>
            <source>Partner (ISO)</source>
            <translation>Страна-партнёр (ISO)</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Объект</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <source>Source publisher</source>
            <translation>Источник (издание)</translation>
        </message>
        <message>
            <source>Source URL</source>
            <translation>URL источника</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубликовано</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Кто заявил</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>Value: a negative figure is not possible in {unit}</source>
            <translation>Значение: отрицательное значение в единице «{unit}» невозможно</translation>
        </message>
        <message>
            <source>{field}: {error}</source>
            <translation>{field}: {error}</translation>
        </message>
        <message>
            <source>Reporter: {text} is not an ISO 3166 country code</source>
            <translation>Отчитывающаяся страна: {text} — не код страны ISO 3166</translation>
        </message>
        <message>
            <source>Partner: {text} is not an ISO 3166 country code</source>
            <translation>Страна-партнёр: {text} — не код страны ISO 3166</translation>
        </message>
        <message>
            <source>Indicator: choose one from the catalogue</source>
            <translation>Показатель: выберите его из каталога</translation>
        </message>
        <message>
            <source>Value: enter a number, e.g. 2.44 bn</source>
            <translation>Значение: введите число, например 2.44 bn</translation>
        </message>
        <message>
            <source>Unit: say what the figure counts</source>
            <translation>Единица: укажите, в чём измеряется значение</translation>
        </message>
        <message>
            <source>Source: give at least a publisher or a URL — every figure is sourced</source>
            <translation>Источник: укажите хотя бы издание или URL — у каждого значения должен быть источник</translation>
        </message>
        <message>
            <source>Add {indicator} {period}</source>
            <translation>Добавить {indicator} {period}</translation>
        </message>
    </context>
    <context>
        <name>advice</name>
        <message>
            <source>viewer</source>
            <extracomment>a workspace role as the desk says it (Storage.role gives 'viewer', 'editor' or 'admin')</extracomment>
            <translation>читатель</translation>
        </message>
        <message>
            <source>editor</source>
            <translation>редактор</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>администратор</translation>
        </message>
        <message>
            <source>Save a copy ({menu}) to edit.</source>
            <extracomment>an accelerator written after the words, as Chinese menus do: "文件(&amp;F)"</extracomment>
            <translation>Чтобы вносить изменения, сохраните копию ({menu}).</translation>
        </message>
        <message>
            <source>Backups are listed under {menu}.</source>
            <translation>Резервные копии перечислены в разделе {menu}.</translation>
        </message>
    </context>
    <context>
        <name>analysis_actions</name>
        <message>
            <source>Compare</source>
            <translation>Сравнение</translation>
        </message>
        <message>
            <source>Pivot</source>
            <translation>Сводная таблица</translation>
        </message>
    </context>
    <context>
        <name>candidate_model</name>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <source>Bound</source>
            <translation>Граница</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Отчитывающаяся страна</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>Claimed change</source>
            <translation>Заявленное изменение</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Bilateral</source>
            <translation>Двусторонний</translation>
        </message>
        <message>
            <source>Sentence</source>
            <translation>Предложение</translation>
        </message>
        <message>
            <source>accepted</source>
            <extracomment>a row's decision as its first cell says it (None: undecided)</extracomment>
            <translation>принято</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>отклонено</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no: “{words}”</source>
            <translation>нет: «{words}»</translation>
        </message>
        <message>
            <source>{decision} (duplicate)</source>
            <translation>{decision} (дубликат)</translation>
        </message>
        <message>
            <source>Not a figure between two countries: the sentence says “{words}” (a total with the world or a region).</source>
            <translation>Это не показатель между двумя странами: в предложении сказано «{words}» (итог с миром или регионом).</translation>
        </message>
        <message>
            <source>A stored observation already has this figure.</source>
            <translation>Это значение уже есть среди сохранённых данных.</translation>
        </message>
    </context>
    <context>
        <name>capacity_chart</name>
        <message>
            <source>signed (agreement)</source>
            <extracomment>the stages drawn as bars, with their legend words (translated where shown) and colours</extracomment>
            <translation>подписано (соглашение)</translation>
        </message>
        <message>
            <source>commissioned</source>
            <translation>введено в эксплуатацию</translation>
        </message>
        <message>
            <source>MW</source>
            <translation>МВт</translation>
        </message>
        <message>
            <source>&lt;b&gt;Capacity by year&lt;/b&gt;: signed vs commissioned</source>
            <translation>&lt;b&gt;Мощность по годам&lt;/b&gt;: подписано и введено в эксплуатацию</translation>
        </message>
        <message numerus="yes">
            <source>{year}, {stage}: {capacity}, %n project(s)</source>
            <translation>
                <numerusform>{year}, {stage}: {capacity}, %n проект</numerusform>
                <numerusform>{year}, {stage}: {capacity}, %n проекта</numerusform>
                <numerusform>{year}, {stage}: {capacity}, %n проектов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n without capacity)</source>
            <translation>
                <numerusform>(%n без указания мощности)</numerusform>
                <numerusform>(%n без указания мощности)</numerusform>
                <numerusform>(%n без указания мощности)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>catalogue_model</name>
        <message>
            <source>flow</source>
            <extracomment>what the search box matches: shown name, English name and code, one per line the stored topic of a topic row and of its indicators ("Trade", whatever is shown) what a dragged catalogue entry carries: indicator codes, UTF-8, one per line a topic's cells: selectable, not editable, dragged or dropped on an indicator's cells drag its code the kinds of indicator, as the catalogue stores them, with their words</extracomment>
            <translation>поток</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>запас</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>относительная величина</translation>
        </message>
        <message>
            <source>count</source>
            <translation>количество</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Значения</translation>
        </message>
    </context>
    <context>
        <name>catalogue_panel</name>
        <message>
            <source>Search indicators…</source>
            <extracomment>an indicator was chosen: (code, name) "Add to comparison" on an indicator: its code</extracomment>
            <translation>Поиск показателей…</translation>
        </message>
        <message>
            <source>Add to comparison</source>
            <translation>Добавить в сравнение</translation>
        </message>
        <message>
            <source>Draw this indicator for the current pair on the comparison chart</source>
            <translation>Показать этот показатель для текущей пары стран на графике сравнения</translation>
        </message>
        <message>
            <source>Edit indicator…</source>
            <translation>Изменить показатель…</translation>
        </message>
        <message>
            <source>New indicator…</source>
            <translation>Новый показатель…</translation>
        </message>
    </context>
    <context>
        <name>chart_axis_items</name>
        <message>
            <source>{month} {year}</source>
            <extracomment>a number in a formatted quantity that stands alone ("$7 bn", "7 %", not "7,000 MW") z value of the chart's axes: under the plot's view box (-100), so that the opaque grid lines run under the figures (the event strip's ground covers them there too) what the plot is painted on (ChartPanel's background): the grid's colours blend into it</extracomment>
            <translation>{month} {year}</translation>
        </message>
    </context>
    <context>
        <name>chart_event_parts</name>
        <message>
            <source>Source: {source}</source>
            <extracomment>pyqtgraph symbols of the painter's marker shapes (events look the same on paper)</extracomment>
            <translation>Источник: {source}</translation>
        </message>
        <message>
            <source>Add annotation here…</source>
            <translation>Добавить примечание здесь…</translation>
        </message>
    </context>
    <context>
        <name>chart_events_strip</name>
        <message>
            <source>Events</source>
            <extracomment>"Add annotation here…": the ISO day clicked Edit… / Delete on an event marker: event_id the event types the user hid (list[str]), to be remembered</extracomment>
            <translation>События</translation>
        </message>
        <message>
            <source>Event types marked on the timeline</source>
            <translation>Типы событий, отмечаемые на шкале времени</translation>
        </message>
        <message>
            <source>Events ({count})</source>
            <translation>События ({count})</translation>
        </message>
        <message>
            <source>Edit “{title}”…</source>
            <translation>Изменить «{title}»…</translation>
        </message>
        <message>
            <source>Delete “{title}”</source>
            <translation>Удалить «{title}»</translation>
        </message>
        <message>
            <source>Add annotation here…</source>
            <translation>Добавить примечание здесь…</translation>
        </message>
    </context>
    <context>
        <name>chart_export</name>
        <message>
            <source>the chart could not be drawn</source>
            <translation>не удалось построить график</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Экспорт графика</translation>
        </message>
        <message>
            <source> px</source>
            <translation> пикс.</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Ширина</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Высота</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Разрешение</translation>
        </message>
        <message>
            <source>{format} image (*.{suffix})</source>
            <translation>Изображение {format} (*.{suffix})</translation>
        </message>
        <message>
            <source>Could not export the chart to {file}: {error}</source>
            <translation>Не удалось экспортировать график в {file}: {error}</translation>
        </message>
        <message>
            <source>Chart written to {file}</source>
            <translation>График сохранён в {file}</translation>
        </message>
        <message>
            <source>Chart copied to the clipboard.</source>
            <translation>График скопирован в буфер обмена.</translation>
        </message>
    </context>
    <context>
        <name>chart_panel</name>
        <message>
            <source>Select an indicator to chart it.</source>
            <extracomment>the user clicked a marker: obs_id</extracomment>
            <translation>Выберите показатель, чтобы построить график.</translation>
        </message>
        <message>
            <source>Reset view</source>
            <translation>Сбросить вид</translation>
        </message>
        <message>
            <source>Fit all figures (Ctrl+0)</source>
            <translation>Показать все значения (Ctrl+0)</translation>
        </message>
        <message>
            <source>Same period</source>
            <translation>Тот же период</translation>
        </message>
        <message>
            <source>Draw one window (e.g. Jan–Oct) of every year side by side</source>
            <translation>Показать один и тот же отрезок (напр., янв.–окт.) каждого года рядом</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{name}&lt;/b&gt; — %n figures; ★ marks a record in its series ({records})</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — %n значение; ★ отмечает рекорд ряда ({records})</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — %n значения; ★ отмечает рекорд ряда ({records})</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — %n значений; ★ отмечает рекорд ряда ({records})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>chart_tooltips</name>
        <message>
            <source>Record: {figure}</source>
            <translation>Рекорд: {figure}</translation>
        </message>
        <message>
            <source>{series}, {window} of each year</source>
            <translation>{series}, {window} каждого года</translation>
        </message>
        <message>
            <source>{series} — {kind}</source>
            <translation>{series} — {kind}</translation>
        </message>
    </context>
    <context>
        <name>claim_actions</name>
        <message>
            <source>The claim of figure #{obs_id} cannot be deleted: it is the reported change of figure {obs_id}; edit the figure.</source>
            <translation>Утверждение значения №{obs_id} нельзя удалить: это заявленное изменение значения {obs_id}; измените само значение.</translation>
        </message>
        <message>
            <source>This is the reported change of figure #{obs_id}: edit the figure.</source>
            <translation>Это заявленное изменение значения №{obs_id}: измените само значение.</translation>
        </message>
        <message>
            <source>Delete claims</source>
            <translation>Удаление утверждений</translation>
        </message>
        <message>
            <source>Delete {count} claim(s)? (Undo restores them.)</source>
            <translation>Удалить утверждения ({count})? (Отмена действия вернёт их.)</translation>
        </message>
    </context>
    <context>
        <name>claim_dialog</name>
        <message>
            <source>year</source>
            <extracomment>the codes the form offers in a choice (windows, units, ranks), as words; qualifiers are named as the figures table names them (app.qt.table_text)</extracomment>
            <translation>год</translation>
        </message>
        <message>
            <source>year to date</source>
            <translation>с начала года</translation>
        </message>
        <message>
            <source>half-year</source>
            <translation>полугодие</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>квартал</translation>
        </message>
        <message>
            <source>month</source>
            <translation>месяц</translation>
        </message>
        <message>
            <source>period</source>
            <translation>период</translation>
        </message>
        <message>
            <source>times</source>
            <translation>раз</translation>
        </message>
        <message>
            <source>first</source>
            <translation>первый</translation>
        </message>
        <message>
            <source>only</source>
            <translation>единственный</translation>
        </message>
        <message>
            <source>Of</source>
            <translation>Чего</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Ожидается</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Окно</translation>
        </message>
        <message>
            <source>Change</source>
            <extracomment>the parameters each type's form shows (docs/claims.md, "Parameters per type")</extracomment>
            <translation>Изменение</translation>
        </message>
        <message>
            <source>Change unit</source>
            <translation>Единица изменения</translation>
        </message>
        <message>
            <source>Change qualifier</source>
            <translation>Уточнение изменения</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Длина серии</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Охват</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Among</source>
            <translation>Среди</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <source>Total unit</source>
            <translation>Единица итога</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Доля</translation>
        </message>
        <message>
            <source>{field}: {text} is not a whole number</source>
            <translation>{field}: {text} — не целое число</translation>
        </message>
        <message>
            <source>{field}: {text} is not a number</source>
            <translation>{field}: {text} — не число</translation>
        </message>
        <message>
            <source>Edit claim {id}</source>
            <translation>Изменить утверждение {id}</translation>
        </message>
        <message>
            <source>Add claim</source>
            <translation>Добавить утверждение</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <source>ISO alpha-3</source>
            <translation>ISO alpha-3</translation>
        </message>
        <message>
            <source>2025, 2025-Q1, 2025-01/2025-10, @2027-12 or empty</source>
            <translation>2025, 2025-Q1, 2025-01/2025-10, @2027-12 или пусто</translation>
        </message>
        <message>
            <source>in the canonical unit, e.g. 2440000000</source>
            <translation>в базовой единице, например 2440000000</translation>
        </message>
        <message>
            <source>USD, MW, %, persons…</source>
            <translation>USD, MW, %, человек…</translation>
        </message>
        <message>
            <source>(choose the source)</source>
            <translation>(выберите источник)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Отчитывающаяся страна</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <source>Qualifier</source>
            <translation>Уточнение</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <source>Choose the source whose statement this is.</source>
            <translation>Выберите источник, которому принадлежит это утверждение.</translation>
        </message>
        <message>
            <source>Period: {error}</source>
            <translation>Период: {error}</translation>
        </message>
        <message>
            <source>{field}: an ISO alpha-3 code such as CHN, not {code}</source>
            <translation>{field}: нужен код ISO alpha-3, например CHN, а не {code}</translation>
        </message>
    </context>
    <context>
        <name>claim_model</name>
        <message>
            <source>growth</source>
            <extracomment>the record tables a verdict depends on (besides the figures and sources) statuses shown in the status column (an actual claim shows nothing) the claim types as the desk names them (ClaimType)</extracomment>
            <translation>рост</translation>
        </message>
        <message>
            <source>level</source>
            <translation>уровень</translation>
        </message>
        <message>
            <source>record</source>
            <translation>рекорд</translation>
        </message>
        <message>
            <source>record streak</source>
            <translation>серия рекордов</translation>
        </message>
        <message>
            <source>first</source>
            <translation>первый</translation>
        </message>
        <message>
            <source>rank</source>
            <translation>место в ряду</translation>
        </message>
        <message>
            <source>sum / count</source>
            <translation>сумма / количество</translation>
        </message>
        <message>
            <source>share</source>
            <translation>доля</translation>
        </message>
        <message>
            <source>actual</source>
            <extracomment>a claim's status (what the source says of its figure: done, expected, planned…)</extracomment>
            <translation>факт</translation>
        </message>
        <message>
            <source>expected</source>
            <translation>ожидается</translation>
        </message>
        <message>
            <source>forecast</source>
            <translation>прогноз</translation>
        </message>
        <message>
            <source>target</source>
            <translation>цель</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>план</translation>
        </message>
        <message>
            <source>Verdict</source>
            <extracomment>(title, column of the view frame, width)</extracomment>
            <translation>Вердикт</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Утверждение</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
    </context>
    <context>
        <name>claims_panel</name>
        <message>
            <source>Let records and streaks use the other side's figure</source>
            <translation>Разрешить рекордам и сериям использовать данные другой стороны</translation>
        </message>
        <message>
            <source>Select a claim to see its quote, the reasoning and the figures.</source>
            <translation>Выберите утверждение, чтобы увидеть цитату, обоснование и значения.</translation>
        </message>
        <message>
            <source>{verdict} — {type}: {claim}</source>
            <translation>{verdict} — {type}: {claim}</translation>
        </message>
        <message>
            <source>“{quote}” — {source}</source>
            <translation>«{quote}» — {source}</translation>
        </message>
        <message>
            <source>Figures checked against</source>
            <translation>Значения, с которыми сверено</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Проекты</translation>
        </message>
        <message>
            <source>The reported change of figure #{obs_id} (no stored claim refers to it).</source>
            <translation>Заявленное изменение значения №{obs_id} (ни одно сохранённое утверждение на него не ссылается).</translation>
        </message>
        <message>
            <source>no longer in the workspace</source>
            <translation>больше нет в рабочей области</translation>
        </message>
        <message>
            <source>project {id}</source>
            <translation>проект {id}</translation>
        </message>
        <message>
            <source>any verdict</source>
            <extracomment>claim_id claim ids (list[int]) "Let records and streaks use the other side's figure" toggled show this indicator on the chart (the claim's) the figures a selected claim was checked against (list[int]); [] clears</extracomment>
            <translation>любой вердикт</translation>
        </message>
        <message>
            <source>any type</source>
            <translation>любой тип</translation>
        </message>
        <message>
            <source>Selected source only</source>
            <translation>Только выбранный источник</translation>
        </message>
        <message>
            <source>Only the claims of the source of the figure selected in the main table</source>
            <translation>Только утверждения источника значения, выбранного в основной таблице</translation>
        </message>
        <message>
            <source>A record or streak check may fill a year missing from the claimant's series with the other side's figure for it</source>
            <translation>При проверке рекорда или серии год, которого нет в ряду заявителя, может быть заполнен значением другой стороны</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Вердикт</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Add claim…</source>
            <translation>Добавить утверждение…</translation>
        </message>
        <message>
            <source>Add a claim of a stored source</source>
            <translation>Добавить утверждение сохранённого источника</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Change the selected claim</source>
            <translation>Изменить выбранное утверждение</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete the selected claims (undo restores them)</source>
            <translation>Удалить выбранные утверждения (отмена действия вернёт их)</translation>
        </message>
        <message>
            <source>{shown} of {total} claims</source>
            <translation>Утверждения: {shown} из {total}</translation>
        </message>
        <message>
            <source>{total} claims</source>
            <translation>Утверждений: {total}</translation>
        </message>
    </context>
    <context>
        <name>column_filter</name>
        <message>
            <source>Filter {column}</source>
            <extracomment>ColumnFilter | None</extracomment>
            <translation>Фильтр: {column}</translation>
        </message>
        <message>
            <source>Clear filter</source>
            <translation>Сбросить фильтр</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ОК</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Search values…</source>
            <translation>Поиск значений…</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Выбрать все</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>Снять все</translation>
        </message>
        <message>
            <source>e.g. 1 bn or 57,000 (empty: no minimum)</source>
            <translation>напр. 1 bn или 57,000 (пусто: без минимума)</translation>
        </message>
        <message>
            <source>e.g. 2.44 bn (empty: no maximum)</source>
            <translation>напр. 2.44 bn (пусто: без максимума)</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>Не меньше</translation>
        </message>
        <message>
            <source>At most</source>
            <translation>Не больше</translation>
        </message>
        <message>
            <source>e.g. 2019 or 2019-07 (empty: from the first)</source>
            <translation>напр. 2019 или 2019-07 (пусто: с самого начала)</translation>
        </message>
        <message>
            <source>e.g. 2025-10 (empty: to the last)</source>
            <translation>напр. 2025-10 (пусто: до самого конца)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <source>Show all figures</source>
            <extracomment>a chip's ✕ was clicked: the column</extracomment>
            <translation>Показать все данные</translation>
        </message>
        <message>
            <source>Clear the filters: every figure of the pair (Esc, Ctrl+Shift+A)</source>
            <translation>Сбросить фильтры: все данные по паре стран (Esc, Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>Remove this filter</source>
            <translation>Убрать этот фильтр</translation>
        </message>
    </context>
    <context>
        <name>columns</name>
        <message>
            <source>✓ consistent</source>
            <translation>✓ согласуется</translation>
        </message>
        <message>
            <source>✗ inconsistent</source>
            <translation>✗ не согласуется</translation>
        </message>
        <message>
            <source>? cannot check</source>
            <translation>? проверить нельзя</translation>
        </message>
        <message>
            <source>⇄ sources disagree</source>
            <translation>⇄ источники расходятся</translation>
        </message>
        <message>
            <source>A target, not an outcome.</source>
            <extracomment>what a target, plan or forecast is said to be in its value's tooltip</extracomment>
            <translation>Цель, а не фактический итог.</translation>
        </message>
        <message>
            <source>A plan, not an outcome.</source>
            <translation>План, а не фактический итог.</translation>
        </message>
        <message>
            <source>A forecast, not an outcome.</source>
            <translation>Прогноз, а не фактический итог.</translation>
        </message>
        <message>
            <source>Indicator</source>
            <extracomment>a target, plan or forecast: the value is drawn in this colour and labelled painted after the value of a figure edited since its source gave it (not in its text) how each filterable column is named on screen (header menus, filter chips, tooltips)</extracomment>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Репортёр</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Объект</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <source>Qualifier</source>
            <translation>Точность</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>As the source wrote it: {text}</source>
            <extracomment>a target, plan or forecast (one array per change: cheap per-cell reads) indicator names in the desk's language (as stored where they have no translation) figures whose value was changed by hand (no longer what the source's quote says) what the text search and the source filter read (sources, notes, names; coded) the order of all rows per sort (read-only), kept while these arrays are current store columns :class:`TableData` holds as plain arrays: (column, attribute) the column filters its header offers (:mod:`app.domain.view_filters`)</extracomment>
            <translation>Как в источнике: {text}</translation>
        </message>
        <message>
            <source>Edited: no longer the value the source's quote gives</source>
            <translation>Изменено вручную: значение больше не совпадает с цитатой источника</translation>
        </message>
        <message>
            <source>Not computed for more than {count} rows: narrow the pair</source>
            <translation>Не рассчитывается, если строк больше {count}: сузьте выборку</translation>
        </message>
        <message>
            <source>No comparable figure a year earlier</source>
            <translation>Нет сопоставимого значения годом ранее</translation>
        </message>
        <message>
            <source>The source claims no growth rate</source>
            <translation>Источник не заявляет темп роста</translation>
        </message>
        <message>
            <source>No quote kept</source>
            <translation>Цитата не сохранена</translation>
        </message>
        <message numerus="yes">
            <source>%n sources give this figure (rows tinted together).</source>
            <translation>
                <numerusform>Это значение приводит %n источник (строки выделены одним цветом).</numerusform>
                <numerusform>Это значение приводят %n источника (строки выделены одним цветом).</numerusform>
                <numerusform>Это значение приводят %n источников (строки выделены одним цветом).</numerusform>
            </translation>
        </message>
        <message>
            <source>Reported change</source>
            <translation>Заявленное изменение</translation>
        </message>
        <message>
            <source>YoY (same period)</source>
            <translation>Г/г (тот же период)</translation>
        </message>
        <message>
            <source>Claim check</source>
            <translation>Проверка заявления</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
    </context>
    <context>
        <name>compare_add</name>
        <message>
            <source>— (none)</source>
            <translation>— (нет)</translation>
        </message>
        <message>
            <source>Add series to the comparison</source>
            <translation>Добавить ряд в сравнение</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Отчитывающаяся страна</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Страна-партнёр</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Объект</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Периоды</translation>
        </message>
        <message>
            <source>The kind with most figures</source>
            <translation>Вид с наибольшим числом значений</translation>
        </message>
        <message numerus="yes">
            <source>{window} (%n figures)</source>
            <translation>
                <numerusform>{window} (%n значение)</numerusform>
                <numerusform>{window} (%n значения)</numerusform>
                <numerusform>{window} (%n значений)</numerusform>
            </translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>помесячно</translation>
        </message>
        <message>
            <source>quarterly</source>
            <translation>поквартально</translation>
        </message>
        <message>
            <source>half-yearly</source>
            <translation>по полугодиям</translation>
        </message>
        <message>
            <source>as of dates</source>
            <translation>на даты</translation>
        </message>
        <message>
            <source>{months}-month periods</source>
            <translation>периоды по {months} мес.</translation>
        </message>
        <message>
            <source>calendar years</source>
            <translation>календарные годы</translation>
        </message>
    </context>
    <context>
        <name>compare_items</name>
        <message>
            <source>Circle: full year · triangle: year to date · diamond: quarter, half or month · square: as of a date · hollow: target, plan or forecast · hexagon: derived from other figures</source>
            <extracomment>what the marker shapes mean, in English (shown through :func:`key_text`)</extracomment>
            <translation>Круг: полный год · треугольник: с начала года · ромб: квартал, полугодие или месяц · квадрат: на дату · полый знак: цель, план или прогноз · шестиугольник: рассчитано из других значений</translation>
        </message>
        <message numerus="yes">
            <source>{series}: %n points</source>
            <extracomment>above this many points in all, lines are drawn 1 px wide a hovered marker's text: (x, y, (line, point)) -&gt; tooltip</extracomment>
            <translation>
                <numerusform>{series}: %n точка</numerusform>
                <numerusform>{series}: %n точки</numerusform>
                <numerusform>{series}: %n точек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n units ({units}): one chart holds two, so each series has its own panel.</source>
            <extracomment>marker styles of a series: (hollow, derived) -&gt; the scatter drawing those points the items of each series on one chart: its axis ("left", "right") and items small multiples: each series' plot and items</extracomment>
            <translation>
                <numerusform>%n единица измерения ({units}): на одном графике помещаются только две, поэтому у каждого ряда своя панель.</numerusform>
                <numerusform>%n единицы измерения ({units}): на одном графике помещаются только две, поэтому у каждого ряда своя панель.</numerusform>
                <numerusform>%n единиц измерения ({units}): на одном графике помещаются только две, поэтому у каждого ряда своя панель.</numerusform>
            </translation>
        </message>
        <message>
            <source>Auto (no figures)</source>
            <translation>Авто (нет значений)</translation>
        </message>
        <message>
            <source>Auto: {period}</source>
            <translation>Авто: {period}</translation>
        </message>
    </context>
    <context>
        <name>compare_panel</name>
        <message>
            <source>Drag indicators here from the catalogue, or use “Add series…”.</source>
            <translation>Перетащите сюда показатели из каталога или нажмите «Добавить ряд…».</translation>
        </message>
        <message>
            <source>Levels</source>
            <extracomment>the modes as the mode box names them (app.domain.compare.MODE_WORDS, in English)</extracomment>
            <translation>Уровни</translation>
        </message>
        <message>
            <source>Index (base period = 100)</source>
            <translation>Индекс (базовый период = 100)</translation>
        </message>
        <message>
            <source>Growth on a year earlier (%)</source>
            <translation>Рост к прошлому году (%)</translation>
        </message>
        <message>
            <source>Share of a total (%)</source>
            <translation>Доля в итоге (%)</translation>
        </message>
        <message>
            <source>The period whose figure is 100</source>
            <extracomment>the user changed what is compared or how (a saved view may want to know) a marker was clicked: obs_id (store, generation, series, total, figures, world totals, base choices)</extracomment>
            <translation>Период, значение которого принимается за 100</translation>
        </message>
        <message>
            <source>Each series as a percent of this total, period by period</source>
            <translation>Каждый ряд в процентах от этого итога, по периодам</translation>
        </message>
        <message>
            <source>Small multiples</source>
            <translation>Отдельные панели</translation>
        </message>
        <message>
            <source>One panel per series, sharing the time axis</source>
            <translation>Отдельная панель для каждого ряда, с общей осью времени</translation>
        </message>
        <message>
            <source>The compared series (Delete removes the selected ones)</source>
            <translation>Сравниваемые ряды (Delete удаляет выбранные)</translation>
        </message>
        <message>
            <source>Choose indicator, reporter and partner</source>
            <translation>Выберите показатель, отчитывающуюся страну и страну-партнёра</translation>
        </message>
        <message>
            <source>Add series…</source>
            <translation>Добавить ряд…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>Remove the selected series</source>
            <translation>Убрать выбранные ряды</translation>
        </message>
        <message>
            <source>Remove every series</source>
            <translation>Убрать все ряды</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <source>{series} is already compared.</source>
            <translation>{series} уже есть в сравнении.</translation>
        </message>
        <message>
            <source>No figures of {indicator} for {pair} that are not compared yet.</source>
            <translation>Нет значений показателя «{indicator}» для пары {pair}, которые ещё не сравниваются.</translation>
        </message>
        <message>
            <source>No figures of {indicator} for no pair chosen that are not compared yet.</source>
            <translation>Нет значений показателя «{indicator}»: пара стран не выбрана.</translation>
        </message>
        <message>
            <source>of {series}</source>
            <translation>от {series}</translation>
        </message>
        <message>
            <source>Sum of the shown series</source>
            <translation>Сумма показанных рядов</translation>
        </message>
    </context>
    <context>
        <name>conflicts_panel</name>
        <message>
            <source>Conflict / source</source>
            <translation>Расхождение / источник</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Отчитывающаяся сторона</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>Предпочтительное</translation>
        </message>
        <message>
            <source>marked preferred</source>
            <extracomment>why the analytics use the figure they use (app.domain.analytics.conflicts "used_rule")</extracomment>
            <translation>отмечено как предпочтительное</translation>
        </message>
        <message>
            <source>the latest published</source>
            <translation>опубликовано последним</translation>
        </message>
        <message>
            <source>each side's own figure</source>
            <translation>собственное значение каждой стороны</translation>
        </message>
        <message>
            <source>{spread} % apart</source>
            <extracomment>the widest a source's label opens the first column (pixels); a longer one is shortened in the middle ("Ministry of … (Global Times)") and whole in its tooltip. A conflict's own label is never shortened: the first column is always as wide as the widest.</extracomment>
            <translation>расхождение {spread} %</translation>
        </message>
        <message numerus="yes">
            <source>%n sources disagree</source>
            <translation>
                <numerusform>Расходятся %n источник</numerusform>
                <numerusform>Расходятся %n источника</numerusform>
                <numerusform>Расходятся %n источников</numerusform>
            </translation>
        </message>
        <message>
            <source>The two sides' statistics disagree (mirror figures)</source>
            <translation>Статистика двух сторон расходится (зеркальные данные)</translation>
        </message>
        <message>
            <source>From {low} to {high}, {spread} % apart</source>
            <translation>От {low} до {high}, расхождение {spread} %</translation>
        </message>
        <message>
            <source>From {low} to {high}</source>
            <translation>От {low} до {high}</translation>
        </message>
        <message>
            <source>Charts and summaries use {value} ({source}): {rule}</source>
            <translation>Графики и сводки используют {value} ({source}): {rule}</translation>
        </message>
        <message>
            <source>unknown source</source>
            <translation>неизвестный источник</translation>
        </message>
        <message>
            <source>Mark preferred</source>
            <extracomment>the user chose a preferred value: the edit to push an observation was selected in the list: obs_id</extracomment>
            <translation>Сделать предпочтительным</translation>
        </message>
        <message>
            <source>Use this source's value in charts and summaries (undo with Ctrl+Z)</source>
            <translation>Использовать значение этого источника в графиках и сводках (отмена — Ctrl+Z)</translation>
        </message>
        <message>
            <source>Looking for disagreements…</source>
            <extracomment>the listing describes an earlier store while a rebuild runs: nothing to act on</extracomment>
            <translation>Поиск расхождений…</translation>
        </message>
        <message numerus="yes">
            <source>Disagreements: %n.</source>
            <translation>
                <numerusform>Расхождений: %n.</numerusform>
                <numerusform>Расхождений: %n.</numerusform>
                <numerusform>Расхождений: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Without a preferred value: %n. Select a source and mark it preferred.</source>
            <translation>
                <numerusform>Без предпочтительного значения: %n. Выберите источник и отметьте его как предпочтительный.</numerusform>
                <numerusform>Без предпочтительного значения: %n. Выберите источник и отметьте его как предпочтительный.</numerusform>
                <numerusform>Без предпочтительного значения: %n. Выберите источник и отметьте его как предпочтительный.</numerusform>
            </translation>
        </message>
        <message>
            <source>The disagreements could not be listed: {error}</source>
            <translation>Не удалось составить список расхождений: {error}</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Unexpected error: {summary}</source>
            <extracomment>(summary, details): emitted from any thread, delivered on the GUI thread</extracomment>
            <translation>Непредвиденная ошибка: {summary}</translation>
        </message>
    </context>
    <context>
        <name>crash_dialog</name>
        <message>
            <source>Your edits are safe: Corridor saves each one to the workspace as you make it. You can keep working; if something looks wrong, restart Corridor. To report the problem, copy the details below and attach the log file.</source>
            <translation>Ваши правки в сохранности: Corridor записывает каждую из них в рабочую область сразу. Можно продолжать работу; если что-то выглядит неправильно, перезапустите Corridor. Чтобы сообщить о проблеме, скопируйте подробности ниже и приложите файл журнала.</translation>
        </message>
        <message>
            <source>Edits made before the crash are in the workspace: Corridor saves each one as you make it. The details below are what Python wrote as the program stopped (often inside Qt or another library); please copy them into a report with the log file.</source>
            <translation>Правки, сделанные до сбоя, сохранены в рабочей области: Corridor записывает каждую из них сразу. Ниже — то, что Python записал при остановке программы (часто внутри Qt или другой библиотеки); скопируйте это в сообщение об ошибке вместе с файлом журнала.</translation>
        </message>
        <message>
            <source>Something went wrong:</source>
            <translation>Что-то пошло не так:</translation>
        </message>
        <message>
            <source>Corridor stopped unexpectedly the last time it ran:</source>
            <translation>При прошлом запуске Corridor неожиданно остановился:</translation>
        </message>
        <message>
            <source>Corridor: unexpected error</source>
            <translation>Corridor: непредвиденная ошибка</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>Файл журнала: {path}</translation>
        </message>
        <message>
            <source>No log file (logging is off).</source>
            <translation>Файла журнала нет (журналирование отключено).</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Копировать подробности</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Скопировано</translation>
        </message>
        <message>
            <source>--- and then ---</source>
            <translation>--- а затем ---</translation>
        </message>
    </context>
    <context>
        <name>derive_dialog</name>
        <message>
            <source>year</source>
            <extracomment>the target frequencies and aggregations: (title, the parameter's value)</extracomment>
            <translation>год</translation>
        </message>
        <message>
            <source>half</source>
            <translation>полугодие</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>квартал</translation>
        </message>
        <message>
            <source>sum</source>
            <translation>сумма</translation>
        </message>
        <message>
            <source>last</source>
            <translation>последнее значение</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>среднее</translation>
        </message>
        <message>
            <source>{reporter} (no partner)</source>
            <translation>{reporter} (без партнёра)</translation>
        </message>
        <message>
            <source>Derive a series</source>
            <translation>Рассчитать производный ряд</translation>
        </message>
        <message>
            <source>Add input</source>
            <translation>Добавить входной ряд</translation>
        </message>
        <message>
            <source>Remove input</source>
            <translation>Убрать входной ряд</translation>
        </message>
        <message>
            <source>what to call it (default from the rule)</source>
            <translation>название (по умолчанию — из правила)</translation>
        </message>
        <message>
            <source>Restart every January</source>
            <translation>Начинать заново каждый январь</translation>
        </message>
        <message>
            <source>Periods back</source>
            <translation>Периодов назад</translation>
        </message>
        <message>
            <source>From period</source>
            <translation>С периода</translation>
        </message>
        <message>
            <source>To period</source>
            <translation>По период</translation>
        </message>
        <message>
            <source>Target frequency</source>
            <translation>Целевая периодичность</translation>
        </message>
        <message>
            <source>Window (months)</source>
            <translation>Окно (месяцев)</translation>
        </message>
        <message>
            <source>Aggregation</source>
            <translation>Агрегирование</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Входные ряды</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>Формула</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Output indicator</source>
            <translation>Итоговый показатель</translation>
        </message>
        <message>
            <source>First derived figures:</source>
            <translation>Первые рассчитанные значения:</translation>
        </message>
        <message>
            <source>{figures}, {gaps}, in {unit} → {output} (stored as derived)</source>
            <translation>{figures}, {gaps}, единица: {unit} → {output} (сохраняется как производный ряд)</translation>
        </message>
        <message>
            <source>no unit</source>
            <translation>нет</translation>
        </message>
        <message numerus="yes">
            <source>%n figure</source>
            <translation>
                <numerusform>%n значение</numerusform>
                <numerusform>%n значения</numerusform>
                <numerusform>%n значений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n figures</source>
            <translation>
                <numerusform>%n значение</numerusform>
                <numerusform>%n значения</numerusform>
                <numerusform>%n значений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gap</source>
            <translation>
                <numerusform>%n пропуск</numerusform>
                <numerusform>%n пропуска</numerusform>
                <numerusform>%n пропусков</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gaps</source>
            <translation>
                <numerusform>%n пропуск</numerusform>
                <numerusform>%n пропуска</numerusform>
                <numerusform>%n пропусков</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>derived_series_dialog</name>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Значения</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Derived series</source>
            <translation>Производные ряды</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Remove the selected derived series and its figures</source>
            <translation>Удалить выбранный производный ряд вместе с его значениями</translation>
        </message>
        <message>
            <source>Re&amp;compute all</source>
            <translation>&amp;Пересчитать все</translation>
        </message>
        <message>
            <source>Compute every derived series again from its inputs</source>
            <translation>Заново рассчитать все производные ряды по их входным данным</translation>
        </message>
        <message>
            <source>No derived series are stored. Edit &gt; Derive series… adds one.</source>
            <translation>Производных рядов нет. Добавить ряд: Правка &gt; Рассчитать ряд…</translation>
        </message>
        <message>
            <source>Not removed: {error}.</source>
            <translation>Не удалено: {error}.</translation>
        </message>
        <message>
            <source>{change} (Ctrl+Z undoes it).</source>
            <translation>{change} (Ctrl+Z отменяет).</translation>
        </message>
        <message>
            <source>Not recomputed: {error}.</source>
            <translation>Не пересчитано: {error}.</translation>
        </message>
        <message>
            <source>Derived series are up to date.</source>
            <translation>Производные ряды актуальны.</translation>
        </message>
    </context>
    <context>
        <name>dock_panel_parts</name>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>edit_actions</name>
        <message>
            <source>Data files (*.csv *.tsv *.txt *.xlsx *.parquet);;All files (*)</source>
            <translation>Файлы данных (*.csv *.tsv *.txt *.xlsx *.parquet);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Select the rows to delete first.</source>
            <translation>Сначала выберите строки для удаления.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n observation(s)? (Undo restores them.)</source>
            <translation>
                <numerusform>Удалить %n наблюдение? (Команда «Отменить» вернёт его.)</numerusform>
                <numerusform>Удалить %n наблюдения? (Команда «Отменить» вернёт их.)</numerusform>
                <numerusform>Удалить %n наблюдений? (Команда «Отменить» вернёт их.)</numerusform>
            </translation>
        </message>
        <message>
            <source>1 of them is a figure of a derived series: recomputing the series puts it back. Edit &gt; Derived series… removes a series with its figures.</source>
            <translation>Одно из них — значение производного ряда: при пересчёте ряда оно вернётся. Ряд вместе со значениями удаляется в меню Правка &gt; Производные ряды…</translation>
        </message>
        <message numerus="yes">
            <source>%n of them are figures of a derived series: recomputing the series puts them back. Edit &gt; Derived series… removes a series with its figures.</source>
            <translation>
                <numerusform>%n из них — значение производного ряда: при пересчёте ряда они вернутся. Ряд вместе со значениями удаляется в меню Правка &gt; Производные ряды…</numerusform>
                <numerusform>%n из них — значения производного ряда: при пересчёте ряда они вернутся. Ряд вместе со значениями удаляется в меню Правка &gt; Производные ряды…</numerusform>
                <numerusform>%n из них — значения производного ряда: при пересчёте ряда они вернутся. Ряд вместе со значениями удаляется в меню Правка &gt; Производные ряды…</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete observations</source>
            <translation>Удаление наблюдений</translation>
        </message>
        <message>
            <source>Import figures</source>
            <translation>Импорт данных</translation>
        </message>
        <message>
            <source>Imported from {file}: {change}</source>
            <translation>Импортировано из {file}: {change}</translation>
        </message>
    </context>
    <context>
        <name>event_dialog</name>
        <message>
            <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <source>The date must be {hint}.</source>
            <translation>Дата должна быть в формате {hint}.</translation>
        </message>
        <message>
            <source>The end date must be {hint}, or empty.</source>
            <translation>Дата окончания должна быть в формате {hint} или пустой.</translation>
        </message>
        <message>
            <source>The event ends before it starts.</source>
            <translation>Событие заканчивается раньше, чем начинается.</translation>
        </message>
        <message>
            <source>Give the event a title.</source>
            <translation>Укажите название события.</translation>
        </message>
        <message>
            <source>Countries are ISO alpha-3 codes separated by spaces (not {code}).</source>
            <translation>Страны указываются кодами ISO alpha-3 через пробел (а не {code}).</translation>
        </message>
        <message>
            <source>Choose a stored source from the list, or leave it empty.</source>
            <translation>Выберите сохранённый источник из списка или оставьте поле пустым.</translation>
        </message>
        <message>
            <source>The source is not stored in this workspace.</source>
            <translation>Этот источник не сохранён в данной рабочей области.</translation>
        </message>
        <message>
            <source>Edit event</source>
            <translation>Изменить событие</translation>
        </message>
        <message>
            <source>Add annotation</source>
            <translation>Добавить заметку</translation>
        </message>
        <message>
            <source>The source's words, verbatim (optional)</source>
            <translation>Слова источника дословно (необязательно)</translation>
        </message>
        <message>
            <source>Link to the indicator “{name}”</source>
            <translation>Связать с показателем «{name}»</translation>
        </message>
        <message>
            <source>none: the user's own annotation</source>
            <translation>нет: собственная заметка пользователя</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Until (optional)</source>
            <translation>По (необязательно)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Страны</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Not added: {error}</source>
            <extracomment>the dialog open now (tests fill it in)</extracomment>
            <translation>Не добавлено: {error}</translation>
        </message>
        <message>
            <source>Deleted “{title}” (Undo brings it back).</source>
            <translation>Удалено «{title}» (отмена действия вернёт его).</translation>
        </message>
    </context>
    <context>
        <name>event_painter</name>
        <message>
            <source>visit</source>
            <extracomment>colour and marker shape of each event type, on screen and in documents shapes that are strokes only (nothing inside to fill) the shaded band of an event with a range (one colour: one batched call for all bands) size of an event marker (pixels at 96 dpi) and the lanes they stack in where they crowd the event types as the desk names them (the words of app.domain.events.EVENT_TYPE_WORDS); the chart's strip and legend, the event dialog and the extraction's events tab share it</extracomment>
            <translation>визит</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>соглашение</translation>
        </message>
        <message>
            <source>forum</source>
            <translation>форум</translation>
        </message>
        <message>
            <source>opening</source>
            <translation>открытие</translation>
        </message>
        <message>
            <source>sanction</source>
            <translation>санкции</translation>
        </message>
        <message>
            <source>tariff change</source>
            <translation>изменение тарифов</translation>
        </message>
        <message>
            <source>crisis</source>
            <translation>кризис</translation>
        </message>
        <message>
            <source>annotation</source>
            <translation>примечание</translation>
        </message>
    </context>
    <context>
        <name>export_actions</name>
        <message>
            <source>Export summary</source>
            <translation>Экспорт сводки</translation>
        </message>
        <message>
            <source>Could not write {path}: {error}</source>
            <translation>Не удалось записать {path}: {error}</translation>
        </message>
        <message>
            <source>Summary written to {path}</source>
            <translation>Сводка записана в {path}</translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message>
            <source>Note — one to two pages</source>
            <extracomment>the template box's entries, in the order of TEMPLATES (shown translated)</extracomment>
            <translation>Справка — одна-две страницы</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Досье</translation>
        </message>
        <message>
            <source>Table of figures</source>
            <translation>Таблица значений</translation>
        </message>
        <message>
            <source>Export briefing</source>
            <translation>Экспорт справки</translation>
        </message>
        <message>
            <source>any, e.g. 2020</source>
            <translation>любой, напр. 2020</translation>
        </message>
        <message>
            <source>any, e.g. 2025-10</source>
            <translation>любой, напр. 2025-10</translation>
        </message>
        <message>
            <source>Include charts</source>
            <translation>Включить графики</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>Пара</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Шаблон</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Cannot build the briefing: {error}</source>
            <translation>Не удаётся составить справку: {error}</translation>
        </message>
        <message>
            <source>Building the preview…</source>
            <translation>Готовится предпросмотр…</translation>
        </message>
        <message>
            <source>Cannot export: {error}</source>
            <translation>Экспорт невозможен: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Briefing written to {path} (%Ln bytes)</source>
            <translation>
                <numerusform>Справка записана в {path} (%Ln байт)</numerusform>
                <numerusform>Справка записана в {path} (%Ln байта)</numerusform>
                <numerusform>Справка записана в {path} (%Ln байт)</numerusform>
            </translation>
        </message>
        <message>
            <source>The briefing was not written: {error}</source>
            <translation>Справка не записана: {error}</translation>
        </message>
    </context>
    <context>
        <name>export_indicators</name>
        <message>
            <source>Indicator</source>
            <extracomment>the columns: the indicator (in the briefing) and whether it gets a chart</extracomment>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>График</translation>
        </message>
    </context>
    <context>
        <name>extract_dialog</name>
        <message>
            <source>Add figures from text</source>
            <extracomment>Texts longer than this are read in the task runner.</extracomment>
            <translation>Добавить данные из текста</translation>
        </message>
        <message>
            <source>Paste a press item here, or drop a .txt file.</source>
            <translation>Вставьте сюда публикацию или перетащите файл .txt.</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Издатель</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Дата публикации</translation>
        </message>
        <message>
            <source>Find figures</source>
            <translation>Найти данные</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Данные</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Утверждения</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Проекты</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Принять</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Отклонить</translation>
        </message>
        <message>
            <source>Accept all</source>
            <translation>Принять все</translation>
        </message>
        <message>
            <source>Reading the text…</source>
            <translation>Чтение текста…</translation>
        </message>
        <message>
            <source>Could not read the text: {error}</source>
            <translation>Не удалось прочитать текст: {error}</translation>
        </message>
        <message>
            <source>{figures} figures found, {duplicates} already stored; {claims} claims, {events} events, {facts} project facts. Relative periods (“this year”) are read against {date}; set Published to the article's date.</source>
            <translation>Найдено значений: {figures}, из них уже сохранено: {duplicates}; утверждений: {claims}, событий: {events}, фактов о проектах: {facts}. Относительные периоды («в этом году») отсчитываются от {date}; укажите в поле «Дата публикации» дату статьи.</translation>
        </message>
        <message>
            <source>{figures} figures found; {claims} claims, {events} events, {facts} project facts. Relative periods (“this year”) are read against {date}; set Published to the article's date.</source>
            <translation>Найдено значений: {figures}; утверждений: {claims}, событий: {events}, фактов о проектах: {facts}. Относительные периоды («в этом году») отсчитываются от {date}; укажите в поле «Дата публикации» дату статьи.</translation>
        </message>
    </context>
    <context>
        <name>extract_models</name>
        <message>
            <source>Type</source>
            <extracomment>column titles in English, marked for the catalogue in the context "extract_models"</extracomment>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Утверждение</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>How found</source>
            <translation>Как найдено</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Страны</translation>
        </message>
        <message>
            <source>stated</source>
            <translation>указано в тексте</translation>
        </message>
        <message>
            <source>count: {count} — a claim, not a project</source>
            <translation>количество: {count} — это утверждение, а не проект</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Технология</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Мощность</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Компании</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>unnamed</source>
            <translation>без названия</translation>
        </message>
        <message>
            <source>{stage} (expected)</source>
            <translation>{stage} (ожидается)</translation>
        </message>
    </context>
    <context>
        <name>fetch_actions</name>
        <message>
            <source>Choose an indicator in the catalogue first, then refresh it.</source>
            <translation>Сначала выберите показатель в каталоге, затем обновите его.</translation>
        </message>
        <message>
            <source>{indicator} for {pair} was not fetched from a portal, so there is nothing to refresh ({menu} fetches it).</source>
            <translation>Показатель {indicator} для {pair} не загружался с портала, поэтому обновлять нечего (загрузить его: {menu}).</translation>
        </message>
        <message>
            <source>Refreshed 1 fetched query: {changed} with changes, {failed} failed.</source>
            <translation>Обновлён 1 запрос загрузки: с изменениями — {changed}, с ошибкой — {failed}.</translation>
        </message>
        <message>
            <source>Refreshed 1 fetched query: {changed} with changes.</source>
            <translation>Обновлён 1 запрос загрузки: с изменениями — {changed}.</translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %n fetched queries: {changed} with changes, {failed} failed.</source>
            <translation>
                <numerusform>Обновлён %n запрос загрузки: с изменениями — {changed}, с ошибкой — {failed}.</numerusform>
                <numerusform>Обновлено %n запроса загрузки: с изменениями — {changed}, с ошибкой — {failed}.</numerusform>
                <numerusform>Обновлено %n запросов загрузки: с изменениями — {changed}, с ошибкой — {failed}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %n fetched queries: {changed} with changes.</source>
            <translation>
                <numerusform>Обновлён %n запрос загрузки: с изменениями — {changed}.</numerusform>
                <numerusform>Обновлено %n запроса загрузки: с изменениями — {changed}.</numerusform>
                <numerusform>Обновлено %n запросов загрузки: с изменениями — {changed}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fetch_dialog</name>
        <message>
            <source>Fetch from a portal</source>
            <translation>Загрузка с портала</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Предпросмотр</translation>
        </message>
        <message>
            <source>Ask the portal and show what would be imported</source>
            <translation>Запросить портал и показать, что будет импортировано</translation>
        </message>
        <message>
            <source>Cancel &amp;download</source>
            <translation>Прервать &amp;загрузку</translation>
        </message>
        <message>
            <source>Stop asking the portal; nothing is stored</source>
            <translation>Прекратить запрос к порталу; ничего не сохраняется</translation>
        </message>
        <message>
            <source>&amp;Browse dataflows…</source>
            <translation>&amp;Обзор потоков данных…</translation>
        </message>
        <message>
            <source>List the agency's dataflows; pick one and its codes</source>
            <translation>Показать потоки данных организации; выберите поток и его коды</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <source>Search the World Bank's indicators by words</source>
            <translation>Искать показатели Всемирного банка по словам</translation>
        </message>
        <message>
            <source>Choose what to fetch, then Preview: nothing is stored before Import.</source>
            <translation>Выберите, что загрузить, и нажмите «Предпросмотр»: до импорта ничего не сохраняется.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <source>First rows as they will be stored</source>
            <translation>Первые строки в том виде, в каком они будут сохранены</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Проблемы</translation>
        </message>
        <message>
            <source>Figures already stored</source>
            <translation>Уже сохранённые значения</translation>
        </message>
        <message>
            <source>Asking {portal} for {request}…</source>
            <translation>Запрос к {portal}: {request}…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln figures read from {publisher}; {skipped} rows skipped ({errors} errors).</source>
            <translation>
                <numerusform>{publisher}: прочитано %Ln значение; пропущено строк: {skipped} (ошибок: {errors}).</numerusform>
                <numerusform>{publisher}: прочитано %Ln значения; пропущено строк: {skipped} (ошибок: {errors}).</numerusform>
                <numerusform>{publisher}: прочитано %Ln значений; пропущено строк: {skipped} (ошибок: {errors}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln figures read from {publisher}.</source>
            <translation>
                <numerusform>{publisher}: прочитано %Ln значение.</numerusform>
                <numerusform>{publisher}: прочитано %Ln значения.</numerusform>
                <numerusform>{publisher}: прочитано %Ln значений.</numerusform>
            </translation>
        </message>
        <message>
            <source>the portal</source>
            <translation>портал</translation>
        </message>
        <message>
            <source>Query: {url} (+{more} more)</source>
            <translation>Запрос: {url} (и ещё {more})</translation>
        </message>
        <message>
            <source>Query: {url}</source>
            <translation>Запрос: {url}</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Примечание: {note}</translation>
        </message>
        <message>
            <source>&amp;Import, skipping bad rows</source>
            <translation>&amp;Импортировать, пропустив ошибочные строки</translation>
        </message>
        <message>
            <source>Download cancelled; nothing was stored.</source>
            <translation>Загрузка прервана; ничего не сохранено.</translation>
        </message>
        <message>
            <source>Nothing was fetched.</source>
            <translation>Ничего не загружено.</translation>
        </message>
        <message>
            <source>The query changed: Preview again to see what it fetches.</source>
            <translation>Запрос изменился: снова нажмите «Предпросмотр», чтобы увидеть, что он загрузит.</translation>
        </message>
        <message>
            <source>Fetched from {portal}: {summary}</source>
            <translation>Загружено с {portal}: {summary}</translation>
        </message>
    </context>
    <context>
        <name>fetch_form</name>
        <message>
            <source>Reporter: the country whose figures these are</source>
            <extracomment>makes the HTTP client of one fetch (tests give short timeouts and no backoff sleeps) any field changed (a shown preview no longer matches the form)</extracomment>
            <translation>Отчитывающаяся страна: страна, чьи это данные</translation>
        </message>
        <message>
            <source>Partner (optional): the other country of the pair</source>
            <translation>Страна-партнёр (необязательно): другая страна пары</translation>
        </message>
        <message>
            <source>The portal's indicator codes, separated by commas or spaces</source>
            <translation>Коды показателей портала через запятую или пробел</translation>
        </message>
        <message>
            <source>2000 or 2024-01</source>
            <translation>2000 или 2024-01</translation>
        </message>
        <message>
            <source>2024 or 2024-10</source>
            <translation>2024 или 2024-10</translation>
        </message>
        <message>
            <source>Options of this source</source>
            <translation>Параметры этого источника</translation>
        </message>
        <message>
            <source>KEY=VALUE, KEY=VALUE</source>
            <translation>КЛЮЧ=ЗНАЧЕНИЕ, КЛЮЧ=ЗНАЧЕНИЕ</translation>
        </message>
        <message>
            <source>Any other option the connector reads, as KEY=VALUE pairs</source>
            <translation>Любые другие параметры, которые читает коннектор, в виде пар КЛЮЧ=ЗНАЧЕНИЕ</translation>
        </message>
        <message>
            <source>More options</source>
            <translation>Другие параметры</translation>
        </message>
        <message>
            <source>Subscription key</source>
            <translation>Ключ подписки</translation>
        </message>
        <message>
            <source>Used for this fetch; kept only in the system keyring if you tick the box, never in the settings or the workspace</source>
            <translation>Используется для этой загрузки; хранится только в системной связке ключей, если отмечен флажок, и никогда — в настройках или рабочей области</translation>
        </message>
        <message>
            <source>Remember in the system keyring</source>
            <translation>Запомнить в системной связке ключей</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>with</source>
            <translation>и</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>Пара</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Показатели</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Период с</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Периодичность</translation>
        </message>
        <message>
            <source>{source}: no limits stated.</source>
            <translation>{source}: ограничения не указаны.</translation>
        </message>
        <message>
            <source>{source} takes no indicator codes: the options below say what to fetch.</source>
            <translation>{source} не принимает коды показателей: что загрузить, задают параметры ниже.</translation>
        </message>
        <message>
            <source>key stored in {keyring}</source>
            <translation>ключ хранится в {keyring}</translation>
        </message>
        <message>
            <source>A key is stored in {keyring}; type another to use it instead.</source>
            <translation>Ключ хранится в {keyring}; введите другой, чтобы использовать его вместо сохранённого.</translation>
        </message>
        <message>
            <source>subscription key (optional)</source>
            <translation>ключ подписки (необязательно)</translation>
        </message>
        <message>
            <source>Without a key the public endpoint is used.</source>
            <translation>Без ключа используется общедоступная точка доступа.</translation>
        </message>
        <message>
            <source>Reporter: give an ISO alpha-3 code such as CHN, not {code}</source>
            <translation>Отчитывающаяся страна: укажите код ISO alpha-3, например CHN, а не {code}</translation>
        </message>
        <message>
            <source>Partner: give an ISO alpha-3 code such as CHN, not {code}</source>
            <translation>Страна-партнёр: укажите код ISO alpha-3, например CHN, а не {code}</translation>
        </message>
        <message>
            <source>Not remembered: {reason}.</source>
            <translation>Не сохранён: {reason}.</translation>
        </message>
        <message>
            <source>The key is kept in {keyring}.</source>
            <translation>Ключ хранится в {keyring}.</translation>
        </message>
    </context>
    <context>
        <name>fetch_options</name>
        <message>
            <source>Dataflow</source>
            <translation>Поток данных</translation>
        </message>
        <message>
            <source>IMF.STA:IMTS or ECB:EXR</source>
            <translation>IMF.STA:IMTS или ECB:EXR</translation>
        </message>
        <message>
            <source>The agency's dataflow (agency:id, or the id alone)</source>
            <translation>Поток данных организации (организация:id или только id)</translation>
        </message>
        <message>
            <source>Series key</source>
            <translation>Ключ ряда</translation>
        </message>
        <message>
            <source>The dimensions' codes joined by dots, in the dataflow's order; an empty part takes every code and + joins several (A.USA.XG_FOB_USD+MG_CIF_USD.CHN). For the IMF, an empty dataflow asks its bilateral trade (IMTS) for the pair above</source>
            <translation>Коды измерений через точку в порядке потока данных; пустая часть означает все коды, а + объединяет несколько (A.USA.XG_FOB_USD+MG_CIF_USD.CHN). Для МВФ пустой поток данных запрашивает двустороннюю торговлю (IMTS) для пары выше</translation>
        </message>
        <message>
            <source>Flows</source>
            <extracomment>the options each connector takes, by registry name (SDMX services share theirs)</extracomment>
            <translation>Потоки</translation>
        </message>
        <message>
            <source>M imports, X exports, RM re-imports, RX re-exports; separated by commas</source>
            <translation>M — импорт, X — экспорт, RM — реимпорт, RX — реэкспорт; через запятую</translation>
        </message>
        <message>
            <source>Commodities</source>
            <translation>Товары</translation>
        </message>
        <message>
            <source>TOTAL for all goods, AG2 for every HS chapter, or HS codes such as 27,84</source>
            <translation>TOTAL — все товары, AG2 — каждая группа ТН ВЭД (HS), или коды HS, например 27,84</translation>
        </message>
        <message>
            <source>Both directions</source>
            <translation>В обоих направлениях</translation>
        </message>
        <message>
            <source>1: also ask the partner's customs about the reporter (the mirror figures); 0: the reporter's customs only</source>
            <translation>1: запросить также таможню страны-партнёра о стране-отчитчике (зеркальные данные); 0: только таможню отчитывающейся страны</translation>
        </message>
        <message>
            <source>Annual</source>
            <extracomment>(name, SDMX/portal code) of the frequencies a fetch can ask for</extracomment>
            <translation>Годовая</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Квартальная</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Месячная</translation>
        </message>
        <message>
            <source>More options: write KEY=VALUE, not {part}</source>
            <translation>Другие параметры: пишите КЛЮЧ=ЗНАЧЕНИЕ, а не {part}</translation>
        </message>
    </context>
    <context>
        <name>history_panel</name>
        <message>
            <source>When</source>
            <extracomment>the columns of the list (English, translated where shown)</extracomment>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Qualifier</source>
            <translation>Точность</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>edit</source>
            <extracomment>how a state came about (keys of app.domain.history.ACTION_WORDS)</extracomment>
            <translation>правка</translation>
        </message>
        <message>
            <source>import</source>
            <translation>импорт</translation>
        </message>
        <message>
            <source>fetch</source>
            <translation>загрузка с портала</translation>
        </message>
        <message>
            <source>accepted from text</source>
            <translation>принято из текста</translation>
        </message>
        <message>
            <source>restore</source>
            <translation>восстановление</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>отмена</translation>
        </message>
        <message>
            <source>added by hand</source>
            <translation>добавлено вручную</translation>
        </message>
        <message>
            <source>derived</source>
            <translation>рассчитано</translation>
        </message>
        <message>
            <source>Restore this state</source>
            <extracomment>a state was restored (the obs_id) the dock it sits in, once installed (install_history_panel)</extracomment>
            <translation>Восстановить это состояние</translation>
        </message>
        <message>
            <source>Bring back the selected state's values as a new edit (Undo takes it back)</source>
            <translation>Вернуть значения выбранного состояния новой правкой (команда «Отменить» её откатит)</translation>
        </message>
        <message>
            <source>Select a figure to see its history.</source>
            <translation>Выберите значение, чтобы увидеть его историю.</translation>
        </message>
        <message>
            <source>The history could not be read: {error}</source>
            <translation>Не удалось прочитать историю: {error}</translation>
        </message>
        <message>
            <source>Figure {id}: {name}, {pair}, {period}</source>
            <translation>Значение {id}: {name}, {pair}, {period}</translation>
        </message>
        <message numerus="yes">
            <source>%n states, newest first</source>
            <translation>
                <numerusform>%n состояние, сначала последние</numerusform>
                <numerusform>%n состояния, сначала последние</numerusform>
                <numerusform>%n состояний, сначала последние</numerusform>
            </translation>
        </message>
        <message>
            <source>{action} (current)</source>
            <translation>{action} (текущее)</translation>
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation>Не восстановлено: {reason}</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
    </context>
    <context>
        <name>import_dialog</name>
        <message>
            <source>Import {file}</source>
            <extracomment>the format offered when detection fails: the generic table lets the user map columns</extracomment>
            <translation>Импорт: {file}</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <source>Read again</source>
            <translation>Прочитать снова</translation>
        </message>
        <message>
            <source>Stop reading</source>
            <translation>Остановить чтение</translation>
        </message>
        <message>
            <source>Units not recognised: type what each series is in</source>
            <translation>Единицы измерения не распознаны: укажите единицу для каждого ряда</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <source>Figures already stored</source>
            <translation>Уже сохранённые значения</translation>
        </message>
        <message>
            <source>First rows as they will be stored</source>
            <translation>Первые строки в том виде, в каком они будут сохранены</translation>
        </message>
        <message>
            <source>Problems (file, first lines, column)</source>
            <translation>Проблемы (файл, первые строки, столбец)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Чтение…</translation>
        </message>
        <message>
            <source>{format}  (detected)</source>
            <translation>{format}  (определён)</translation>
        </message>
        <message numerus="yes">
            <source>%n observations read from {publisher}; {skipped} rows skipped ({errors} errors), {empty} empty cells.</source>
            <translation>
                <numerusform>{publisher}: прочитано %n значение; пропущено строк: {skipped} (ошибок: {errors}), пустых ячеек: {empty}.</numerusform>
                <numerusform>{publisher}: прочитано %n значения; пропущено строк: {skipped} (ошибок: {errors}), пустых ячеек: {empty}.</numerusform>
                <numerusform>{publisher}: прочитано %n значений; пропущено строк: {skipped} (ошибок: {errors}), пустых ячеек: {empty}.</numerusform>
            </translation>
        </message>
        <message>
            <source>the file</source>
            <translation>файл</translation>
        </message>
        <message>
            <source>Import, skipping bad rows</source>
            <translation>Импортировать, пропустив ошибочные строки</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <source>Cannot import: {reason}</source>
            <translation>Импорт невозможен: {reason}</translation>
        </message>
        <message>
            <source>Reading stopped; nothing was imported.</source>
            <translation>Чтение остановлено; ничего не импортировано.</translation>
        </message>
        <message>
            <source>Cannot import yet: {problem}</source>
            <translation>Импорт пока невозможен: {problem}</translation>
        </message>
    </context>
    <context>
        <name>import_preview_model</name>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Отчитывающаяся страна</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Страна-партнёр</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Объект</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица измерения</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>First line</source>
            <translation>Первая строка</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Важность</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Проблема</translation>
        </message>
        <message>
            <source>error</source>
            <extracomment>a problem's severity as the Severity column says it</extracomment>
            <translation>ошибка</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>предупреждение</translation>
        </message>
        <message>
            <source>info</source>
            <translation>сведения</translation>
        </message>
        <message>
            <source>Keep both, as separate sources</source>
            <extracomment>what the import and fetch dialogs offer for figures already stored, in their order (the desk's own words, so they are translated; the services' CLI words stay English)</extracomment>
            <translation>Оставить оба, как отдельные источники</translation>
        </message>
        <message>
            <source>Replace the stored figures</source>
            <translation>Заменить сохранённые значения</translation>
        </message>
        <message>
            <source>Skip figures already stored</source>
            <translation>Пропустить уже сохранённые значения</translation>
        </message>
    </context>
    <context>
        <name>import_units</name>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Unit as written</source>
            <translation>Единица в файле</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Строки</translation>
        </message>
        <message>
            <source>Corridor unit (type, e.g. EUR mn)</source>
            <translation>Единица Corridor (введите, например EUR mn)</translation>
        </message>
    </context>
    <context>
        <name>indicator_dialog</name>
        <message>
            <source>Edit indicator</source>
            <extracomment>what a code may hold: letters, digits and _ . : - (it is typed in files and commands)</extracomment>
            <translation>Изменение показателя</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>Новый показатель</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>например: {example}</translation>
        </message>
        <message>
            <source>Figures carry the code: it cannot be changed</source>
            <translation>Код хранится в каждом значении: изменить его нельзя</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>One figure of this indicator is stored in another unit; it is not converted.</source>
            <translation>Одно значение этого показателя хранится в другой единице; оно не пересчитывается.</translation>
        </message>
        <message numerus="yes">
            <source>%n figures of this indicator are stored in another unit; they are not converted.</source>
            <translation>
                <numerusform>Значений этого показателя в другой единице: %n; они не пересчитываются.</numerusform>
                <numerusform>Значений этого показателя в другой единице: %n; они не пересчитываются.</numerusform>
                <numerusform>Значений этого показателя в другой единице: %n; они не пересчитываются.</numerusform>
            </translation>
        </message>
        <message>
            <source>Code: give the indicator a code</source>
            <translation>Код: задайте код показателя</translation>
        </message>
        <message>
            <source>Code: use letters, digits and _ . : - only, without spaces</source>
            <translation>Код: только латинские буквы, цифры и _ . : -, без пробелов</translation>
        </message>
        <message>
            <source>Code: {code} is in the catalogue already</source>
            <translation>Код: {code} уже есть в каталоге</translation>
        </message>
        <message>
            <source>Name: give the indicator a name</source>
            <translation>Название: задайте название показателя</translation>
        </message>
        <message>
            <source>Unit: say what the figures count, e.g. persons</source>
            <translation>Единица: укажите, в чём измеряются значения, например persons</translation>
        </message>
        <message>
            <source>Edit indicator {code}</source>
            <translation>Изменение показателя {code}</translation>
        </message>
        <message>
            <source>New indicator {code}</source>
            <translation>Новый показатель {code}</translation>
        </message>
    </context>
    <context>
        <name>indicator_search</name>
        <message>
            <source>Search World Bank indicators</source>
            <translation>Поиск показателей Всемирного банка</translation>
        </message>
        <message>
            <source>e.g. {examples}</source>
            <translation>например: {examples}</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <source>Type words of an indicator's name or code, then Search.</source>
            <translation>Введите слова из названия или кода показателя и нажмите «Найти».</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Слова</translation>
        </message>
        <message>
            <source>Type a word to search for.</source>
            <translation>Введите слово для поиска.</translation>
        </message>
        <message>
            <source>Searching the World Bank's indicator list for “{words}”…</source>
            <translation>Поиск «{words}» в списке показателей Всемирного банка…</translation>
        </message>
        <message>
            <source>No indicator matches “{words}”.</source>
            <translation>По запросу «{words}» показателей не найдено.</translation>
        </message>
        <message>
            <source>One indicator matches “{words}”: tick it to add it.</source>
            <translation>По запросу «{words}» найден один показатель: отметьте его, чтобы добавить.</translation>
        </message>
        <message numerus="yes">
            <source>%n indicators match “{words}” (the first {limit} are shown): tick the ones to add.</source>
            <translation>
                <numerusform>Найдено показателей по запросу «{words}»: %n (показаны первые {limit}); отметьте те, которые нужно добавить.</numerusform>
                <numerusform>Найдено показателей по запросу «{words}»: %n (показаны первые {limit}); отметьте те, которые нужно добавить.</numerusform>
                <numerusform>Найдено показателей по запросу «{words}»: %n (показаны первые {limit}); отметьте те, которые нужно добавить.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicators match “{words}”: tick the ones to add.</source>
            <translation>
                <numerusform>Найдено показателей по запросу «{words}»: %n; отметьте те, которые нужно добавить.</numerusform>
                <numerusform>Найдено показателей по запросу «{words}»: %n; отметьте те, которые нужно добавить.</numerusform>
                <numerusform>Найдено показателей по запросу «{words}»: %n; отметьте те, которые нужно добавить.</numerusform>
            </translation>
        </message>
        <message>
            <source>To add: {codes}</source>
            <translation>Добавить: {codes}</translation>
        </message>
        <message>
            <source>Tick indicators to add their codes.</source>
            <translation>Отметьте показатели, чтобы добавить их коды.</translation>
        </message>
        <message>
            <source>&amp;Add 1 code</source>
            <translation>&amp;Добавить 1 код</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Add %n codes</source>
            <translation>
                <numerusform>&amp;Добавить коды: %n</numerusform>
                <numerusform>&amp;Добавить коды: %n</numerusform>
                <numerusform>&amp;Добавить коды: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Добавить</translation>
        </message>
    </context>
    <context>
        <name>live_updates</name>
        <message>
            <source>Could not bring in other users' changes: {reason}</source>
            <extracomment>commits heard within this many milliseconds are pulled together the server said something changed (emitted from the watcher's thread)</extracomment>
            <translation>Не удалось получить изменения других пользователей: {reason}</translation>
        </message>
        <message>
            <source>Not applied again: a figure of “{edit}” was deleted.</source>
            <translation>Не применено повторно: значение из правки «{edit}» удалено.</translation>
        </message>
        <message>
            <source>The table now shows their value.</source>
            <extracomment>"Apply my value again" was chosen (the SetValues to write again)</extracomment>
            <translation>Теперь в таблице показано их значение.</translation>
        </message>
        <message>
            <source>&amp;Apply my value again</source>
            <translation>&amp;Применить моё значение снова</translation>
        </message>
        <message>
            <source>&amp;Keep theirs</source>
            <translation>&amp;Оставить их значение</translation>
        </message>
        <message numerus="yes">
            <source>%n by {user}</source>
            <translation>
                <numerusform>%n — пользователем {user}</numerusform>
                <numerusform>%n — пользователем {user}</numerusform>
                <numerusform>%n — пользователем {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>Other users' changes were brought in</source>
            <translation>Получены изменения других пользователей</translation>
        </message>
        <message>
            <source>1 figure changed by {user}</source>
            <extracomment>"n &lt;nouns&gt; changed by {user}" for the first user, by noun (a record table's ``noun``, or 'figure', or 'item' for several kinds): the sentence for one (Qt has no English catalogue to choose the singular) and the plural one. Whole sentences, so each language agrees the noun and the verb with the number.</extracomment>
            <translation>1 значение изменено пользователем {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n figures changed by {user}</source>
            <translation>
                <numerusform>%n значение изменено пользователем {user}</numerusform>
                <numerusform>%n значения изменены пользователем {user}</numerusform>
                <numerusform>%n значений изменено пользователем {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>1 item changed by {user}</source>
            <translation>1 запись изменена пользователем {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n items changed by {user}</source>
            <translation>
                <numerusform>%n запись изменена пользователем {user}</numerusform>
                <numerusform>%n записи изменены пользователем {user}</numerusform>
                <numerusform>%n записей изменено пользователем {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>1 claim changed by {user}</source>
            <translation>1 утверждение изменено пользователем {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n claims changed by {user}</source>
            <translation>
                <numerusform>%n утверждение изменено пользователем {user}</numerusform>
                <numerusform>%n утверждения изменены пользователем {user}</numerusform>
                <numerusform>%n утверждений изменено пользователем {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>1 project changed by {user}</source>
            <translation>1 проект изменён пользователем {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n projects changed by {user}</source>
            <translation>
                <numerusform>%n проект изменён пользователем {user}</numerusform>
                <numerusform>%n проекта изменены пользователем {user}</numerusform>
                <numerusform>%n проектов изменено пользователем {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>1 company role changed by {user}</source>
            <translation>1 роль компании изменена пользователем {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n company roles changed by {user}</source>
            <translation>
                <numerusform>%n роль компании изменена пользователем {user}</numerusform>
                <numerusform>%n роли компаний изменены пользователем {user}</numerusform>
                <numerusform>%n ролей компаний изменено пользователем {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>1 project stage changed by {user}</source>
            <translation>1 этап проекта изменён пользователем {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n project stages changed by {user}</source>
            <translation>
                <numerusform>%n этап проекта изменён пользователем {user}</numerusform>
                <numerusform>%n этапа проектов изменены пользователем {user}</numerusform>
                <numerusform>%n этапов проектов изменено пользователем {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>1 project fact changed by {user}</source>
            <translation>1 факт о проекте изменён пользователем {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n project facts changed by {user}</source>
            <translation>
                <numerusform>%n факт о проекте изменён пользователем {user}</numerusform>
                <numerusform>%n факта о проектах изменены пользователем {user}</numerusform>
                <numerusform>%n фактов о проектах изменено пользователем {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>1 event changed by {user}</source>
            <translation>1 событие изменено пользователем {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n events changed by {user}</source>
            <translation>
                <numerusform>%n событие изменено пользователем {user}</numerusform>
                <numerusform>%n события изменены пользователем {user}</numerusform>
                <numerusform>%n событий изменено пользователем {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>1 link changed by {user}</source>
            <translation>1 связь изменена пользователем {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n links changed by {user}</source>
            <translation>
                <numerusform>%n связь изменена пользователем {user}</numerusform>
                <numerusform>%n связи изменены пользователем {user}</numerusform>
                <numerusform>%n связей изменено пользователем {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>1 earlier value changed by {user}</source>
            <translation>1 прежнее значение изменено пользователем {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier values changed by {user}</source>
            <translation>
                <numerusform>%n прежнее значение изменено пользователем {user}</numerusform>
                <numerusform>%n прежних значения изменены пользователем {user}</numerusform>
                <numerusform>%n прежних значений изменено пользователем {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>1 entity changed by {user}</source>
            <translation>1 субъект изменён пользователем {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n entities changed by {user}</source>
            <translation>
                <numerusform>%n субъект изменён пользователем {user}</numerusform>
                <numerusform>%n субъекта изменены пользователем {user}</numerusform>
                <numerusform>%n субъектов изменено пользователем {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>1 derived series changed by {user}</source>
            <translation>1 производный ряд изменён пользователем {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n derived series changed by {user}</source>
            <translation>
                <numerusform>%n производный ряд изменён пользователем {user}</numerusform>
                <numerusform>%n производных ряда изменены пользователем {user}</numerusform>
                <numerusform>%n производных рядов изменено пользователем {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>1 saved view changed by {user}</source>
            <translation>1 сохранённое представление изменено пользователем {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n saved views changed by {user}</source>
            <translation>
                <numerusform>%n сохранённое представление изменено пользователем {user}</numerusform>
                <numerusform>%n сохранённых представления изменены пользователем {user}</numerusform>
                <numerusform>%n сохранённых представлений изменено пользователем {user}</numerusform>
            </translation>
        </message>
        <message>
            <source>1 fetch query changed by {user}</source>
            <translation>1 запрос загрузки изменён пользователем {user}</translation>
        </message>
        <message numerus="yes">
            <source>%n fetch queries changed by {user}</source>
            <translation>
                <numerusform>%n запрос загрузки изменён пользователем {user}</numerusform>
                <numerusform>%n запроса загрузки изменены пользователем {user}</numerusform>
                <numerusform>%n запросов загрузки изменено пользователем {user}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Opening the workspace…</source>
            <extracomment>Set by the packaging smoke test: quit once the first frame has been shown.</extracomment>
            <translation>Открытие рабочей области…</translation>
        </message>
        <message>
            <source>Could not open the workspace:
{message}</source>
            <translation>Не удалось открыть рабочую область:
{message}</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Source</source>
            <extracomment>the chart after an edit, drawn when a worker has chosen its figures</extracomment>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Расхождения</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Проекты</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Утверждения</translation>
        </message>
        <message>
            <source>Country pair</source>
            <translation>Пара стран</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Основная панель</translation>
        </message>
        <message>
            <source>The chart could not be redrawn: {error}</source>
            <translation>Не удалось перерисовать график: {error}</translation>
        </message>
        <message>
            <source> [read-only]</source>
            <translation> [только чтение]</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n rows as tab-separated text.</source>
            <translation>
                <numerusform>Скопирована %n строка как текст с табуляцией.</numerusform>
                <numerusform>Скопированы %n строки как текст с табуляцией.</numerusform>
                <numerusform>Скопировано %n строк как текст с табуляцией.</numerusform>
            </translation>
        </message>
        <message>
            <source>About {name}</source>
            <translation>О программе {name}</translation>
        </message>
        <message>
            <source>A sourced desk for bilateral-relations indicators: browse, correct, chart, check claims and brief.</source>
            <translation>Рабочий стол показателей двусторонних отношений с источниками: просмотр, исправление, графики, проверка утверждений и справки.</translation>
        </message>
    </context>
    <context>
        <name>message_picker</name>
        <message>
            <source>In the note ({place})</source>
            <translation>В справке ({place})</translation>
        </message>
        <message>
            <source>Not in the note</source>
            <translation>Не в справке</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Исключено</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Закреплено</translation>
        </message>
        <message>
            <source>Pinned ({place})</source>
            <translation>Закреплено ({place})</translation>
        </message>
        <message>
            <source>Key message</source>
            <translation>Ключевой тезис</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Key messages</source>
            <translation>Ключевые тезисы</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Закрепить</translation>
        </message>
        <message>
            <source>Always print the selected messages, first (again: unpin)</source>
            <translation>Всегда выводить выбранные тезисы, первыми (повторно: открепить)</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>Исключить</translation>
        </message>
        <message>
            <source>Never print the selected messages (again: restore)</source>
            <translation>Никогда не выводить выбранные тезисы (повторно: вернуть)</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Сбросить</translation>
        </message>
        <message>
            <source>Let the ranking decide for the selected messages</source>
            <translation>Пусть для выбранных тезисов решает ранжирование</translation>
        </message>
        <message>
            <source>Key messages: {in_note} of {total} in the note. Space pins, Delete drops, Backspace resets (or right-click).</source>
            <translation>Ключевые тезисы: в справке {in_note} из {total}. Пробел закрепляет, Delete исключает, Backspace сбрасывает (или правый щелчок).</translation>
        </message>
        <message>
            <source>Key messages: none for this briefing.</source>
            <translation>Ключевые тезисы: для этой справки их нет.</translation>
        </message>
    </context>
    <context>
        <name>observation_model</name>
        <message>
            <source>Could not filter or sort the table: {message}</source>
            <extracomment>whether a value was changed by hand since its source gave it (the value's delegate marks it); Qt never asks a custom role by itself, so painting pays nothing for it the roles the model answers, each with the Column method that answers it analytics of selections up to this many rows are computed at once, larger off-thread filters and sorts of stores larger than this are computed off the GUI thread flags per column, for a writable [False] and a read-only [True] workspace appended to the title of a filtered column's header a user entry was refused: (message) the set of rows shown changed: (row count) a filter or sort is being computed in the background (True) or is done (False) the YoY and claim texts of the shown rows were (re)computed whether analytics were computed once: the first time pays the claim checks' first use (imports, ~0.1 s), so it runs off-thread once the window is shown the same readers by column, then role (what one cell answers, for multiData)</extracomment>
            <translation>Не удалось отфильтровать или отсортировать таблицу: {message}</translation>
        </message>
        <message>
            <source>Click to sort; right-click to filter.</source>
            <translation>Щелчок — сортировка; правый щелчок — фильтр.</translation>
        </message>
        <message>
            <source>Filtered ({filters}).</source>
            <translation>Отфильтровано ({filters}).</translation>
        </message>
        <message>
            <source>{indicator} is counted in {unit}; this figure stays in {figure_unit}: check its value and unit.</source>
            <translation>«{indicator}» измеряется в {unit}; это значение остаётся в {figure_unit}: проверьте значение и единицу.</translation>
        </message>
    </context>
    <context>
        <name>option_form</name>
        <message>
            <source>(guess from the names)</source>
            <extracomment>the first two entries of a column box: let the importer guess, or use no column</extracomment>
            <translation>(определить по названиям)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
    </context>
    <context>
        <name>pair_selector</name>
        <message>
            <source>First country of the pair (figures in both directions)</source>
            <extracomment>(a, b) alpha-3 codes; both directions are shown</extracomment>
            <translation>Первая страна пары (данные в обоих направлениях)</translation>
        </message>
        <message>
            <source>Second country of the pair</source>
            <translation>Вторая страна пары</translation>
        </message>
        <message>
            <source>Pair:</source>
            <translation>Пара:</translation>
        </message>
    </context>
    <context>
        <name>pivot_model</name>
        <message>
            <source>⇄ sources disagree (tinted) · ※ a claim is checked against the figure · blue: target, plan or forecast · grey italics: derived</source>
            <extracomment>the obs ids of a cell (list[int]: the chosen figure first, then the other rows of its key) rows formatted together (a screenful or a few) style bits of a cell what the marks mean, in English (shown through :func:`legend`, in the desk's language)</extracomment>
            <translation>⇄ источники расходятся (подсвечено) · ※ значение проверяется на соответствие заявлению · синий: цель, план или прогноз · серый курсив: производное</translation>
        </message>
    </context>
    <context>
        <name>pivot_panel</name>
        <message>
            <source>Indicators</source>
            <extracomment>a workspace with more observations than this is pivoted off the GUI thread (title, data) of the boxes' entries; the titles are shown translated</extracomment>
            <translation>Показатели</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Пары стран</translation>
        </message>
        <message>
            <source>Reporters</source>
            <translation>Отчитывающиеся страны</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>Годы</translation>
        </message>
        <message>
            <source>Quarters</source>
            <translation>Кварталы</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Месяцы</translation>
        </message>
        <message>
            <source>Same months each year</source>
            <translation>Одни и те же месяцы каждого года</translation>
        </message>
        <message>
            <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
            <translation>CSV (*.csv);;Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>What the grid's rows are</source>
            <extracomment>the figures of a clicked cell (list[int]: the chosen one first)</extracomment>
            <translation>Что образует строки таблицы</translation>
        </message>
        <message>
            <source>What each column is: like for like</source>
            <translation>Что образует каждый столбец: сопоставимые периоды</translation>
        </message>
        <message>
            <source>First month of each year's window</source>
            <translation>Первый месяц окна в каждом году</translation>
        </message>
        <message>
            <source>Last month of each year's window (Jan–Oct: Jan to Oct)</source>
            <translation>Последний месяц окна в каждом году (янв.–окт.: с января по октябрь)</translation>
        </message>
        <message>
            <source>from</source>
            <translation>с</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Copy the selected cells (or the whole grid) for a spreadsheet (Ctrl+C)</source>
            <translation>Скопировать выбранные ячейки (или всю таблицу) для электронной таблицы (Ctrl+C)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>Write the grid as CSV or XLSX</source>
            <translation>Сохранить таблицу в CSV или XLSX</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Строки</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
        <message>
            <source>Pivoting…</source>
            <translation>Строится сводная таблица…</translation>
        </message>
        <message>
            <source>{caption}: {rows} rows × {periods} periods. {legend}</source>
            <translation>{caption}: строк — {rows}, периодов — {periods}. {legend}</translation>
        </message>
        <message>
            <source>The grid could not be made: {error}</source>
            <translation>Не удалось построить таблицу: {error}</translation>
        </message>
        <message>
            <source>Export the grid</source>
            <translation>Экспорт таблицы</translation>
        </message>
        <message>
            <source>Writing {path}…</source>
            <translation>Запись {path}…</translation>
        </message>
        <message>
            <source>The grid could not be written: {error}</source>
            <translation>Не удалось записать таблицу: {error}</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>Записано: {path}.</translation>
        </message>
    </context>
    <context>
        <name>portal_parts</name>
        <message>
            <source>Search by code or name</source>
            <translation>Поиск по коду или названию</translation>
        </message>
        <message>
            <source>Cancel &amp;loading</source>
            <translation>Прервать &amp;загрузку</translation>
        </message>
        <message>
            <source>Nothing was loaded.</source>
            <translation>Ничего не загружено.</translation>
        </message>
        <message>
            <source>Loading cancelled.</source>
            <translation>Загрузка прервана.</translation>
        </message>
    </context>
    <context>
        <name>preferences_dialog</name>
        <message>
            <source>Preferences</source>
            <extracomment>QCoreApplication property set when the user asked to restart in another language</extracomment>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>System language ({name})</source>
            <translation>Язык системы ({name})</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>Menus, dialogs and the numbers and dates in the table follow the language. Briefings choose their own language when they are exported.</source>
            <translation>Меню, диалоги, числа и даты в таблице следуют выбранному языку. Язык справки выбирается при её экспорте.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Corridor will use {language} from its next start.</source>
            <translation>Corridor будет использовать язык «{language}» со следующего запуска.</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Перезапустить сейчас</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Позже</translation>
        </message>
    </context>
    <context>
        <name>project_actions</name>
        <message>
            <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
            <extracomment>app.services.projects_io.FILE_FILTER as the file dialogs show it (a test keeps them equal)</extracomment>
            <translation>Книга Excel (*.xlsx);;Таблица CSV (*.csv)</translation>
        </message>
        <message>
            <source>Delete projects</source>
            <translation>Удаление проектов</translation>
        </message>
        <message>
            <source>Delete {count} project(s) with their companies, stages, facts and links?

{names}

(Undo restores them.)</source>
            <translation>Удалить проекты ({count}) вместе с их компаниями, этапами, фактами и связями?

{names}

(Отмена действия вернёт их.)</translation>
        </message>
        <message>
            <source>Select a figure in the main table first, then link it.</source>
            <translation>Сначала выберите значение в основной таблице, затем свяжите его.</translation>
        </message>
        <message>
            <source>Figure #{obs_id} is already linked to the selected projects.</source>
            <translation>Значение №{obs_id} уже связано с выбранными проектами.</translation>
        </message>
        <message>
            <source>Linked figure #{obs_id} to {count} project(s).</source>
            <translation>Значение №{obs_id} связано с проектами ({count}).</translation>
        </message>
        <message>
            <source>Not stored: {error}</source>
            <translation>Не сохранено: {error}</translation>
        </message>
        <message>
            <source>{edit}: derived figure #{obs_id}.</source>
            <translation>{edit}: производное значение №{obs_id}.</translation>
        </message>
        <message>
            <source>No indicator of the catalogue is measured in {unit}.</source>
            <translation>В каталоге нет показателя, измеряемого в {unit}.</translation>
        </message>
        <message>
            <source>Store roll-up as figure</source>
            <translation>Сохранить сводку как значение</translation>
        </message>
        <message>
            <source>{cell}: {count} projects.
Indicator of the derived figure:</source>
            <translation>{cell}: проектов — {count}.
Показатель производного значения:</translation>
        </message>
        <message>
            <source>Exported {count} projects to {file}.</source>
            <translation>Проекты ({count}) экспортированы в {file}.</translation>
        </message>
        <message>
            <source>Could not export the projects: {error}</source>
            <translation>Не удалось экспортировать проекты: {error}</translation>
        </message>
        <message>
            <source>{edit} from {file}.</source>
            <translation>{edit} из {file}.</translation>
        </message>
        <message>
            <source>Nothing imported from {file}: {error}</source>
            <translation>Из {file} ничего не импортировано: {error}</translation>
        </message>
        <message>
            <source>Export projects</source>
            <translation>Экспорт проектов</translation>
        </message>
        <message>
            <source>Import projects</source>
            <translation>Импорт проектов</translation>
        </message>
    </context>
    <context>
        <name>project_details</name>
        <message>
            <source>Select a project to see its companies, stages and sources.</source>
            <translation>Выберите проект, чтобы увидеть его компании, этапы и источники.</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Другие названия</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Технология</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Мощность</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>Инвестиции</translation>
        </message>
        <message>
            <source>Country / partner</source>
            <translation>Страна / партнёр</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Местоположение</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Компании</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Этапы</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>Факты</translation>
        </message>
        <message>
            <source>Linked figures</source>
            <translation>Связанные значения</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>не записано</translation>
        </message>
        <message>
            <source>no source</source>
            <translation>без источника</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>без даты</translation>
        </message>
        <message>
            <source>{count} linked figure(s) no longer in the workspace</source>
            <translation>Связанных значений, которых больше нет в рабочей области: {count}</translation>
        </message>
        <message>
            <source>{count} projects, {capacity}; {missing} without capacity</source>
            <translation>Проектов: {count}, {capacity}; без данных о мощности: {missing}</translation>
        </message>
        <message>
            <source>{count} projects, {capacity}</source>
            <translation>Проектов: {count}, {capacity}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Counted by sources:&lt;/b&gt; {statements}</source>
            <translation>&lt;b&gt;Подсчитано источниками:&lt;/b&gt; {statements}</translation>
        </message>
        <message>
            <source>No linked projects.</source>
            <translation>Связанных проектов нет.</translation>
        </message>
        <message>
            <source>Linked in the registry: {known}.</source>
            <translation>Связаны в реестре: {known}.</translation>
        </message>
        <message>
            <source> ({total} in all)</source>
            <translation> (всего {total})</translation>
        </message>
        <message numerus="yes">
            <source>The source counts %n projects{total} but names none, and none is linked in the registry.</source>
            <translation>
                <numerusform>Источник насчитывает %n проект{total}, но не называет его, и в реестре он не связан.</numerusform>
                <numerusform>Источник насчитывает %n проекта{total}, но не называет ни одного, и ни один не связан в реестре.</numerusform>
                <numerusform>Источник насчитывает %n проектов{total}, но не называет ни одного, и ни один не связан в реестре.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The source counts %n projects{total}; all are in the registry ({known}).</source>
            <translation>
                <numerusform>Источник насчитывает %n проект{total}; он есть в реестре ({known}).</numerusform>
                <numerusform>Источник насчитывает %n проекта{total}; все есть в реестре ({known}).</numerusform>
                <numerusform>Источник насчитывает %n проектов{total}; все есть в реестре ({known}).</numerusform>
            </translation>
        </message>
        <message>
            <source> and {capacity}</source>
            <translation> и {capacity}</translation>
        </message>
        <message numerus="yes">
            <source>The source counts %n projects{total}; the registry has {known_count} of them ({known}); {unknown} more{rest} are not identified.</source>
            <translation>
                <numerusform>Источник насчитывает %n проект{total}; в реестре из них {known_count} ({known}); ещё {unknown}{rest} не установлены.</numerusform>
                <numerusform>Источник насчитывает %n проекта{total}; в реестре из них {known_count} ({known}); ещё {unknown}{rest} не установлены.</numerusform>
                <numerusform>Источник насчитывает %n проектов{total}; в реестре из них {known_count} ({known}); ещё {unknown}{rest} не установлены.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>project_dialog</name>
        <message>
            <source>Remove this row</source>
            <translation>Удалить эту строку</translation>
        </message>
        <message>
            <source>Edit project</source>
            <translation>Изменить проект</translation>
        </message>
        <message>
            <source>Add project</source>
            <translation>Добавить проект</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Компании</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Country (ISO)</source>
            <translation>Страна (ISO)</translation>
        </message>
        <message>
            <source>+ Company</source>
            <translation>+ Компания</translation>
        </message>
        <message>
            <source>Add another company</source>
            <translation>Добавить ещё одну компанию</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Этапы</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>+ Stage</source>
            <translation>+ Этап</translation>
        </message>
        <message>
            <source>Add another stage</source>
            <translation>Добавить ещё один этап</translation>
        </message>
        <message>
            <source>other names and spellings, separated by |</source>
            <translation>другие названия и написания через |</translation>
        </message>
        <message>
            <source>host country, ISO code (AZE)</source>
            <translation>страна размещения, код ISO (AZE)</translation>
        </message>
        <message>
            <source>partner country, ISO code (CHN)</source>
            <translation>страна-партнёр, код ISO (CHN)</translation>
        </message>
        <message>
            <source>240, 1,000 or blank</source>
            <translation>240, 1,000 или пусто</translation>
        </message>
        <message>
            <source>300 mn, 1.2 bn or blank</source>
            <translation>300 mn, 1.2 bn или пусто</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Другие названия</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Технология</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Мощность</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>Инвестиции</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Местоположение</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>company name</source>
            <translation>название компании</translation>
        </message>
        <message>
            <source>2025, 2025-04 or 2025-04-23</source>
            <translation>2025, 2025-04 или 2025-04-23</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>план</translation>
        </message>
        <message>
            <source>A date the source expects, not one that happened</source>
            <translation>Дата, ожидаемая источником, а не уже наступившая</translation>
        </message>
        <message>
            <source>Name: a project needs a name</source>
            <translation>Название: у проекта должно быть название</translation>
        </message>
        <message>
            <source>Country of {company}</source>
            <translation>Страна компании {company}</translation>
        </message>
        <message>
            <source>Stage date: {date} is not a date (2025, 2025-04, 2025-04-23)</source>
            <translation>Дата этапа: {date} — не дата (2025, 2025-04, 2025-04-23)</translation>
        </message>
    </context>
    <context>
        <name>project_form</name>
        <message>
            <source>{field}: {text} is not an ISO 3166 country code</source>
            <translation>{field}: {text} — не код страны ISO 3166</translation>
        </message>
        <message>
            <source>{field}: {error}</source>
            <translation>{field}: {error}</translation>
        </message>
    </context>
    <context>
        <name>project_model</name>
        <message>
            <source>wind</source>
            <extracomment>the record tables the projects table shows something of the registry's codes the desk shows as words: technologies, stages (a project's status is its latest stage), company roles and the fields a sourced fact is about</extracomment>
            <translation>ветроэнергетика</translation>
        </message>
        <message>
            <source>offshore wind</source>
            <translation>морская ветроэнергетика</translation>
        </message>
        <message>
            <source>solar</source>
            <translation>солнечная энергетика</translation>
        </message>
        <message>
            <source>floating solar</source>
            <translation>плавучая солнечная энергетика</translation>
        </message>
        <message>
            <source>hydro</source>
            <translation>гидроэнергетика</translation>
        </message>
        <message>
            <source>gas</source>
            <translation>газовая генерация</translation>
        </message>
        <message>
            <source>waste to energy</source>
            <translation>энергия из отходов</translation>
        </message>
        <message>
            <source>storage</source>
            <translation>накопление энергии</translation>
        </message>
        <message>
            <source>manufacturing</source>
            <translation>производство</translation>
        </message>
        <message>
            <source>other</source>
            <translation>другое</translation>
        </message>
        <message>
            <source>announced</source>
            <translation>объявлен</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>соглашение</translation>
        </message>
        <message>
            <source>financing</source>
            <translation>финансирование</translation>
        </message>
        <message>
            <source>construction</source>
            <translation>строительство</translation>
        </message>
        <message>
            <source>commissioned</source>
            <translation>введён в эксплуатацию</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>отменён</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <source>developer</source>
            <translation>девелопер</translation>
        </message>
        <message>
            <source>EPC</source>
            <translation>EPC-подрядчик</translation>
        </message>
        <message>
            <source>investor</source>
            <translation>инвестор</translation>
        </message>
        <message>
            <source>lender</source>
            <translation>кредитор</translation>
        </message>
        <message>
            <source>supplier</source>
            <translation>поставщик</translation>
        </message>
        <message>
            <source>operator</source>
            <translation>оператор</translation>
        </message>
        <message>
            <source>government</source>
            <translation>государство</translation>
        </message>
        <message>
            <source>name</source>
            <translation>название</translation>
        </message>
        <message>
            <source>other names</source>
            <translation>другие названия</translation>
        </message>
        <message>
            <source>country</source>
            <translation>страна</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>партнёр</translation>
        </message>
        <message>
            <source>technology</source>
            <translation>технология</translation>
        </message>
        <message>
            <source>capacity</source>
            <translation>мощность</translation>
        </message>
        <message>
            <source>capacity unit</source>
            <translation>единица мощности</translation>
        </message>
        <message>
            <source>investment</source>
            <translation>инвестиции</translation>
        </message>
        <message>
            <source>investment unit</source>
            <translation>единица инвестиций</translation>
        </message>
        <message>
            <source>location</source>
            <translation>местоположение</translation>
        </message>
        <message>
            <source>note</source>
            <translation>примечание</translation>
        </message>
        <message>
            <source>{stage} {date} (planned)</source>
            <translation>{stage} {date} (план)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Технология</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Мощность</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Next (planned)</source>
            <translation>Следующий этап (план)</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Компании</translation>
        </message>
        <message>
            <source>Country / partner</source>
            <translation>Страна / партнёр</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Проекты</translation>
        </message>
        <message>
            <source>Without capacity</source>
            <translation>Без мощности</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
    </context>
    <context>
        <name>projects_panel</name>
        <message>
            <source>any status</source>
            <extracomment>project_id project ids (list[int]) project ids to link to the figure selected in the main table the roll-up cell to keep as a figure (RollupCell) a linked figure was clicked in the details: obs_id roll up only while shown (the desk's hidden dock: start-up does not pay for it)</extracomment>
            <translation>любой статус</translation>
        </message>
        <message>
            <source>any technology</source>
            <translation>любая технология</translation>
        </message>
        <message>
            <source>part of a company's name</source>
            <translation>часть названия компании</translation>
        </message>
        <message>
            <source>AZE, CHN, China…</source>
            <translation>AZE, CHN, Китай…</translation>
        </message>
        <message>
            <source>Add project…</source>
            <translation>Добавить проект…</translation>
        </message>
        <message>
            <source>Add a project with its companies and stages</source>
            <translation>Добавить проект с его компаниями и этапами</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Change the selected project</source>
            <translation>Изменить выбранный проект</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete the selected projects (Del; undo restores)</source>
            <translation>Удалить выбранные проекты (Del; отмена действия вернёт их)</translation>
        </message>
        <message>
            <source>Link to selected figure</source>
            <translation>Связать с выбранным значением</translation>
        </message>
        <message>
            <source>Link the selected projects to the figure selected in the main table</source>
            <translation>Связать выбранные проекты со значением, выбранным в основной таблице</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Add projects from an XLSX or CSV file</source>
            <translation>Добавить проекты из файла XLSX или CSV</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>The registry to XLSX (every table) or CSV</source>
            <translation>Реестр в XLSX (все таблицы) или CSV</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Технология</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>status and technology</source>
            <translation>статусу и технологии</translation>
        </message>
        <message>
            <source>year of the stage</source>
            <translation>году этапа</translation>
        </message>
        <message>
            <source>Store roll-up as figure…</source>
            <translation>Сохранить сводку как значение…</translation>
        </message>
        <message>
            <source>Keep the selected roll-up row as a derived figure linked to its projects</source>
            <translation>Сохранить выбранную строку сводки как производное значение, связанное с её проектами</translation>
        </message>
        <message>
            <source>&lt;b&gt;Roll-up&lt;/b&gt; of the projects shown, by</source>
            <translation>&lt;b&gt;Сводка&lt;/b&gt; по показанным проектам, по</translation>
        </message>
        <message>
            <source>{shown} of {total} projects</source>
            <extracomment>what sources count ("five projects, 1,570 MW") against what the registry knows</extracomment>
            <translation>Проекты: {shown} из {total}</translation>
        </message>
        <message>
            <source>{count} projects selected.</source>
            <translation>Выбрано проектов: {count}.</translation>
        </message>
        <message>
            <source>Copied {count} projects as tab-separated text.</source>
            <translation>Скопировано проектов: {count} (текст с разделителями-табуляциями).</translation>
        </message>
    </context>
    <context>
        <name>refresh_dialog</name>
        <message>
            <source>Query</source>
            <translation>Запрос</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>Портал</translation>
        </message>
        <message>
            <source>Last fetched</source>
            <translation>Последняя загрузка</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Refresh {query}</source>
            <translation>Обновление: {query}</translation>
        </message>
        <message>
            <source>Refresh fetched figures</source>
            <translation>Обновление загруженных значений</translation>
        </message>
        <message>
            <source>Refresh &amp;selected</source>
            <extracomment>every query refreshed in this dialog, in order the queries that could not be refreshed: (title, message)</extracomment>
            <translation>Обновить &amp;выбранные</translation>
        </message>
        <message>
            <source>Ask the selected queries again</source>
            <translation>Повторить выбранные запросы</translation>
        </message>
        <message>
            <source>Refresh &amp;all</source>
            <translation>Обновить в&amp;се</translation>
        </message>
        <message>
            <source>Ask every listed query again, one after another</source>
            <translation>Повторить все перечисленные запросы по очереди</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Отмена</translation>
        </message>
        <message>
            <source>Stop: the query being asked is dropped; those already refreshed stay (Undo removes them)</source>
            <translation>Остановить: текущий запрос отменяется; уже обновлённые остаются (их можно отменить командой «Отменить»)</translation>
        </message>
        <message>
            <source>Stored queries</source>
            <translation>Сохранённые запросы</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Что изменилось</translation>
        </message>
        <message>
            <source>No fetched figures in this workspace: {menu} fetches some.</source>
            <translation>В этой рабочей области нет загруженных значений: загрузить их можно через {menu}.</translation>
        </message>
        <message>
            <source>Asking again ({done} of {total}): {query}…</source>
            <translation>Повторный запрос ({done} из {total}): {query}…</translation>
        </message>
        <message>
            <source>Corridor has no connector called {name} any more</source>
            <translation>В Corridor больше нет коннектора {name}</translation>
        </message>
        <message>
            <source>{query}: no change since the last fetch.</source>
            <translation>{query}: изменений с последней загрузки нет.</translation>
        </message>
        <message>
            <source>(not stored: the workspace refused the change)</source>
            <translation>(не сохранено: рабочая область отклонила изменение)</translation>
        </message>
        <message>
            <source>{query}: could not refresh: {reason}</source>
            <translation>{query}: не удалось обновить: {reason}</translation>
        </message>
        <message>
            <source>Cancelled. {counts} Refreshes already done stay (Undo removes them).</source>
            <translation>Отменено. {counts} Уже выполненные обновления сохраняются (их можно отменить командой «Отменить»).</translation>
        </message>
        <message>
            <source>Done. {counts}</source>
            <translation>Готово. {counts}</translation>
        </message>
        <message>
            <source>query {id}</source>
            <translation>запрос {id}</translation>
        </message>
        <message>
            <source>1 query asked again, {changed} with changes, {failed} failed.</source>
            <translation>Повторён 1 запрос: с изменениями — {changed}, с ошибкой — {failed}.</translation>
        </message>
        <message>
            <source>1 query asked again, {changed} with changes.</source>
            <translation>Повторён 1 запрос: с изменениями — {changed}.</translation>
        </message>
        <message numerus="yes">
            <source>%n queries asked again, {changed} with changes, {failed} failed.</source>
            <translation>
                <numerusform>Повторён %n запрос: с изменениями — {changed}, с ошибкой — {failed}.</numerusform>
                <numerusform>Повторено %n запроса: с изменениями — {changed}, с ошибкой — {failed}.</numerusform>
                <numerusform>Повторено %n запросов: с изменениями — {changed}, с ошибкой — {failed}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queries asked again, {changed} with changes.</source>
            <translation>
                <numerusform>Повторён %n запрос: с изменениями — {changed}.</numerusform>
                <numerusform>Повторено %n запроса: с изменениями — {changed}.</numerusform>
                <numerusform>Повторено %n запросов: с изменениями — {changed}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>restore_dialog</name>
        <message>
            <source>Written</source>
            <translation>Создана</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <source>Restore as a copy</source>
            <translation>Восстановить как копию</translation>
        </message>
        <message>
            <source>There are no backups of {workspace} yet. Corridor writes one before it upgrades a workspace to a new version.</source>
            <translation>Резервных копий {workspace} пока нет. Corridor создаёт копию перед обновлением рабочей области до новой версии.</translation>
        </message>
        <message>
            <source>Backups of {workspace}, newest first. Restoring writes the backup to a new file next to the workspace and opens it; the current workspace stays as it is.</source>
            <translation>Резервные копии {workspace}, сначала самые новые. При восстановлении копия записывается в новый файл рядом с рабочей областью и открывается; текущая рабочая область остаётся без изменений.</translation>
        </message>
        <message>
            <source>Choose a backup first.</source>
            <translation>Сначала выберите резервную копию.</translation>
        </message>
        <message>
            <source>Could not restore {backup}: {reason}. The current workspace was not changed.</source>
            <translation>Не удалось восстановить {backup}: {reason}. Текущая рабочая область не изменена.</translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n байт</numerusform>
                <numerusform>%n байта</numerusform>
                <numerusform>%n байт</numerusform>
            </translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} КБ</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} МБ</translation>
        </message>
    </context>
    <context>
        <name>sdmx_browser</name>
        <message>
            <source>Browse {portal}</source>
            <translation>Обзор: {portal}</translation>
        </message>
        <message>
            <source>Filter {publisher}'s dataflows by ID or name</source>
            <translation>Фильтр потоков данных {publisher} по ID или названию</translation>
        </message>
        <message>
            <source>Pick a dataflow to see its dimensions and their codes.</source>
            <translation>Выберите поток данных, чтобы увидеть его измерения и их коды.</translation>
        </message>
        <message>
            <source>&amp;Use this dataflow and key</source>
            <translation>&amp;Использовать этот поток данных и ключ</translation>
        </message>
        <message>
            <source>Asking {publisher} for its dataflows…</source>
            <translation>Запрос списка потоков данных у {publisher}…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln dataflows: pick one to see its dimensions.</source>
            <translation>
                <numerusform>%Ln поток данных: выберите поток, чтобы увидеть его измерения.</numerusform>
                <numerusform>%Ln потока данных: выберите поток, чтобы увидеть его измерения.</numerusform>
                <numerusform>%Ln потоков данных: выберите поток, чтобы увидеть его измерения.</numerusform>
            </translation>
        </message>
        <message>
            <source>Asking for the dimensions of {dataflow}…</source>
            <translation>Запрос измерений {dataflow}…</translation>
        </message>
        <message numerus="yes">
            <source>{dataflow}: %n dimensions. Tick codes to narrow the key; a dimension with none ticked takes every code.</source>
            <translation>
                <numerusform>{dataflow}: %n измерение. Отметьте коды, чтобы сузить ключ; измерение без отмеченных кодов берёт все коды.</numerusform>
                <numerusform>{dataflow}: %n измерения. Отметьте коды, чтобы сузить ключ; измерение без отмеченных кодов берёт все коды.</numerusform>
                <numerusform>{dataflow}: %n измерений. Отметьте коды, чтобы сузить ключ; измерение без отмеченных кодов берёт все коды.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Search the %n codes of {dimension}</source>
            <translation>
                <numerusform>Поиск среди %n кода измерения {dimension}</numerusform>
                <numerusform>Поиск среди %n кодов измерения {dimension}</numerusform>
                <numerusform>Поиск среди %n кодов измерения {dimension}</numerusform>
            </translation>
        </message>
        <message>
            <source>No code list: type codes joined by +</source>
            <translation>Нет списка кодов: введите коды через +</translation>
        </message>
        <message>
            <source>&lt;b&gt;{dataflow}&lt;/b&gt; {name} — loading its dimensions…</source>
            <translation>&lt;b&gt;{dataflow}&lt;/b&gt; {name} — загрузка измерений…</translation>
        </message>
        <message>
            <source>Not in the code lists, so left out: {codes}.</source>
            <translation>Нет в списках кодов, поэтому пропущены: {codes}.</translation>
        </message>
        <message>
            <source>every code</source>
            <translation>все коды</translation>
        </message>
        <message>
            <source>Series key: pick a dataflow first.</source>
            <translation>Ключ ряда: сначала выберите поток данных.</translation>
        </message>
        <message>
            <source>(empty: every series of the dataflow)</source>
            <translation>(пусто: все ряды потока данных)</translation>
        </message>
        <message>
            <source>Series key: &lt;b&gt;&lt;tt&gt;{key}&lt;/tt&gt;&lt;/b&gt;</source>
            <translation>Ключ ряда: &lt;b&gt;&lt;tt&gt;{key}&lt;/tt&gt;&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>server_dialog</name>
        <message>
            <source>empty: your .pgpass file or PGPASSWORD applies</source>
            <extracomment>how many recent servers the dialog offers</extracomment>
            <translation>пусто: используется файл .pgpass или PGPASSWORD</translation>
        </message>
        <message>
            <source>Connect to Server</source>
            <translation>Подключение к серверу</translation>
        </message>
        <message>
            <source>Remember password in the system keyring</source>
            <extracomment>the open desk once connected</extracomment>
            <translation>Запомнить пароль в системной связке ключей</translation>
        </message>
        <message>
            <source>Kept in {keychain}; never in the settings</source>
            <translation>Хранится в {keychain}; никогда — в настройках</translation>
        </message>
        <message>
            <source>postgresql://user@host:5432/database  or  host=… dbname=…</source>
            <translation>postgresql://user@host:5432/database  или  host=… dbname=…</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>Под&amp;ключиться</translation>
        </message>
        <message>
            <source>&amp;Recent:</source>
            <translation>&amp;Недавние:</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Хост:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Порт:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;База данных:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>П&amp;ользователь:</translation>
        </message>
        <message>
            <source>&amp;SSL mode:</source>
            <translation>Режим &amp;SSL:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <source>Or paste a connection &amp;string:</source>
            <translation>Или вставьте &amp;строку подключения:</translation>
        </message>
        <message>
            <source>Not read: {reason}</source>
            <translation>Не прочитано: {reason}</translation>
        </message>
        <message>
            <source>The form shows the pasted connection string.</source>
            <translation>В форме показана вставленная строка подключения.</translation>
        </message>
        <message>
            <source>kept in {keychain}</source>
            <translation>хранится в {keychain}</translation>
        </message>
        <message>
            <source>Connecting to {server}…</source>
            <translation>Подключение к {server}…</translation>
        </message>
        <message>
            <source>Connected, but the password was not remembered: {reason}.</source>
            <translation>Подключено, но пароль не сохранён: {reason}.</translation>
        </message>
        <message>
            <source>Could not connect: {reason}</source>
            <translation>Не удалось подключиться: {reason}</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <source>Could not change “{edit}”: {error}</source>
            <translation>Не удалось выполнить «{edit}»: {error}</translation>
        </message>
        <message>
            <source>Could not undo “{edit}”: {error}</source>
            <translation>Не удалось отменить «{edit}»: {error}</translation>
        </message>
        <message>
            <source>{message} Their change could not be shown: {error}</source>
            <extracomment>the operations just applied (list[Op]) a different desk (workspace) was opened other users' changes were brought in (RemoteChange; after ``changed`` with their ops) a write was refused because someone else changed it first: (the edit the user wanted in effect, the server's sentence naming who and the value now there)</extracomment>
            <translation>{message} Их изменение не удалось показать: {error}</translation>
        </message>
    </context>
    <context>
        <name>source_panel</name>
        <message>
            <source>Publisher</source>
            <extracomment>the labels of the source's facts (English, translated where shown)</extracomment>
            <translation>Издатель</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубликовано</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Кто заявил</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Статистика</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Набор данных</translation>
        </message>
        <message>
            <source>Retrieved</source>
            <translation>Получено</translation>
        </message>
        <message>
            <source>Period as written</source>
            <translation>Период в источнике</translation>
        </message>
        <message>
            <source>Select a figure to see where it came from.</source>
            <extracomment>a link that was refused (text for the message bus) the figure shown (-1: none) and the claim verdict shown with it</extracomment>
            <translation>Выберите значение, чтобы увидеть его источник.</translation>
        </message>
        <message>
            <source>Derived:</source>
            <translation>Рассчитано:</translation>
        </message>
        <message>
            <source>(not a web link; not opened)</source>
            <translation>(не веб-ссылка; не открыта)</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Примечание:</translation>
        </message>
        <message>
            <source>Earlier values from this source:</source>
            <translation>Прежние значения из этого источника:</translation>
        </message>
        <message>
            <source>Claim check ({verdict}):</source>
            <translation>Проверка заявления ({verdict}):</translation>
        </message>
        <message>
            <source>Not opened: {url} is not an http(s) link.</source>
            <translation>Не открыто: {url} — не ссылка http(s).</translation>
        </message>
        <message>
            <source>again {days}</source>
            <translation>повторно {days}</translation>
        </message>
        <message>
            <source>{first}; again {days}</source>
            <translation>{first}; повторно {days}</translation>
        </message>
        <message numerus="yes">
            <source>{day} (%n figures revised)</source>
            <translation>
                <numerusform>{day} (пересмотрено %n значение)</numerusform>
                <numerusform>{day} (пересмотрено %n значения)</numerusform>
                <numerusform>{day} (пересмотрено %n значений)</numerusform>
            </translation>
        </message>
        <message>
            <source>Edited — the source gave {source}; this figure now says {now} (edited by {who} on {day})</source>
            <translation>Изменено — источник давал {source}; сейчас значение: {now} (изменил(а) {who}, {day})</translation>
        </message>
        <message>
            <source>Edited — the source gave {source}; this figure now says {now} (edited on {day})</source>
            <translation>Изменено — источник давал {source}; сейчас значение: {now} (изменено {day})</translation>
        </message>
    </context>
    <context>
        <name>source_picker</name>
        <message>
            <source>New source…</source>
            <extracomment>a source was picked or a new one filled in: the cell can be committed</extracomment>
            <translation>Новый источник…</translation>
        </message>
        <message>
            <source>Create a source (publisher, title, URL, date, quote)</source>
            <translation>Создать источник (издатель, заголовок, URL, дата, цитата)</translation>
        </message>
        <message>
            <source>New source</source>
            <translation>Новый источник</translation>
        </message>
        <message>
            <source>e.g. Trend, Xinhua</source>
            <translation>напр. Trend, Xinhua</translation>
        </message>
        <message>
            <source>YYYY-MM-DD or YYYY-MM</source>
            <translation>ГГГГ-ММ-ДД или ГГГГ-ММ</translation>
        </message>
        <message>
            <source>The language of the quote</source>
            <translation>Язык цитаты</translation>
        </message>
        <message>
            <source>The sentence that gives the figure</source>
            <translation>Предложение, в котором приводится значение</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Издатель</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Дата публикации</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>{text} is not a date: write YYYY-MM-DD or YYYY-MM.</source>
            <translation>«{text}» — не дата: укажите ГГГГ-ММ-ДД или ГГГГ-ММ.</translation>
        </message>
        <message>
            <source>{text} is not a two-letter language code (en, ru, az, zh).</source>
            <translation>«{text}» — не двухбуквенный код языка (en, ru, az, zh).</translation>
        </message>
        <message>
            <source>Give at least a publisher or a URL: every figure is sourced.</source>
            <translation>Укажите хотя бы издателя или URL: у каждого значения должен быть источник.</translation>
        </message>
    </context>
    <context>
        <name>table_delegates</name>
        <message>
            <source>{code}, counted in {unit}</source>
            <translation>{code}, измеряется в {unit}</translation>
        </message>
        <message>
            <source>(no partner)</source>
            <translation>(без страны-партнёра)</translation>
        </message>
        <message>
            <source>An ISO 3166 code (AZE, CHN) or a country's name</source>
            <translation>Код ISO 3166 (AZE, CHN) или название страны</translation>
        </message>
        <message>
            <source>A project or item the figure is about</source>
            <translation>Проект или объект, к которому относится значение</translation>
        </message>
        <message>
            <source>+20 %, −3.2 %, 2.5 times</source>
            <translation>+20 %, −3.2 %, 2.5 times</translation>
        </message>
        <message>
            <source>Empty: the source claims no change</source>
            <translation>Пусто: источник не заявляет изменения</translation>
        </message>
        <message>
            <source>Set value to {value}</source>
            <translation>Изменение значения на {value}</translation>
        </message>
    </context>
    <context>
        <name>table_export</name>
        <message>
            <source>Export table</source>
            <translation>Экспорт таблицы</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows written to {path}</source>
            <translation>
                <numerusform>%Ln строка записана в {path}</numerusform>
                <numerusform>%Ln строки записаны в {path}</numerusform>
                <numerusform>%Ln строк записано в {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not export the table: {error}</source>
            <translation>Не удалось экспортировать таблицу: {error}</translation>
        </message>
    </context>
    <context>
        <name>table_panel</name>
        <message>
            <source>any</source>
            <extracomment>rows whose texts decide the columns' first widths (a sample: the table may hold millions) widest a column opens (pixels): most indicator names whole (a longer one is elided, whole in its tooltip) with the period and value still in sight; long texts cut columns filled in later (computed in a worker): they open at least at their set width around a cell's text: margins, and the header's sort arrow and filter mark</extracomment>
            <translation>любой</translation>
        </message>
        <message>
            <source>Filter: words in indicator, country, source, note, quote; values as typed (2.44 bn, 57,000)… (Ctrl+F)</source>
            <extracomment>the current observation changed: obs_id (-1 for none)</extracomment>
            <translation>Фильтр: слова в показателе, стране, источнике, примечании, цитате; значения в том виде, как введены (2.44 bn, 57,000)… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Only figures whose period reaches this year or later</source>
            <translation>Только значения, период которых доходит до этого года или позже</translation>
        </message>
        <message>
            <source>Only figures whose period starts in this year or earlier</source>
            <translation>Только значения, период которых начинается в этом году или раньше</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>Filter {column}…</source>
            <extracomment>the header's state while only the set widths decided it (a table opened empty)</extracomment>
            <translation>Фильтр: {column}…</translation>
        </message>
        <message>
            <source>Clear {column} filter</source>
            <translation>Сбросить фильтр: {column}</translation>
        </message>
        <message>
            <source>Show all figures</source>
            <translation>Показать все данные</translation>
        </message>
        <message>
            <source>Sorting and filtering…</source>
            <translation>Сортировка и фильтрация…</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln figures</source>
            <translation>
                <numerusform>показано {shown} из %Ln</numerusform>
                <numerusform>показано {shown} из %Ln</numerusform>
                <numerusform>показано {shown} из %Ln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>table_text</name>
        <message>
            <source>more than</source>
            <extracomment>the words of the qualifier and status columns (codes -&gt; English, translated when shown)</extracomment>
            <translation>более</translation>
        </message>
        <message>
            <source>less than</source>
            <translation>менее</translation>
        </message>
        <message>
            <source>about</source>
            <translation>около</translation>
        </message>
        <message>
            <source>nearly</source>
            <translation>почти</translation>
        </message>
        <message>
            <source>up to</source>
            <translation>до</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>факт</translation>
        </message>
        <message>
            <source>provisional</source>
            <translation>предварительно</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>оценка</translation>
        </message>
        <message>
            <source>forecast</source>
            <translation>прогноз</translation>
        </message>
        <message>
            <source>target</source>
            <translation>цель</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>план</translation>
        </message>
        <message>
            <source>derived</source>
            <translation>расчёт</translation>
        </message>
        <message>
            <source>exact (no bound)</source>
            <extracomment>the qualifier "exact" where a choice offers it (the table leaves it blank)</extracomment>
            <translation>точно (без оговорки)</translation>
        </message>
        <message>
            <source>more than {change}</source>
            <extracomment>a reported change with its bound: "more than +20 %" ({change}: the signed change)</extracomment>
            <translation>более {change}</translation>
        </message>
        <message>
            <source>less than {change}</source>
            <translation>менее {change}</translation>
        </message>
        <message>
            <source>about {change}</source>
            <translation>около {change}</translation>
        </message>
        <message>
            <source>nearly {change}</source>
            <translation>почти {change}</translation>
        </message>
        <message>
            <source>up to {change}</source>
            <translation>до {change}</translation>
        </message>
    </context>
    <context>
        <name>value_check</name>
        <message>
            <source>{indicator} is counted in {expected}, but the figure is in {unit}.</source>
            <translation>Показатель «{indicator}» измеряется в единице «{expected}», а значение введено в «{unit}».</translation>
        </message>
        <message>
            <source>{value} is about {times} times the figure stored for {period} ({reference}).</source>
            <translation>{value} — примерно в {times} раз больше значения, сохранённого за {period} ({reference}).</translation>
        </message>
        <message>
            <source>{value} is about {times} times smaller than the figure stored for {period} ({reference}).</source>
            <translation>{value} — примерно в {times} раз меньше значения, сохранённого за {period} ({reference}).</translation>
        </message>
        <message>
            <source>{value} would be a change of {change} on the same period a year earlier ({reference} for {period}).</source>
            <translation>{value} означало бы изменение на {change} к тому же периоду предыдущего года ({reference} за {period}).</translation>
        </message>
        <message>
            <source>Check the figure</source>
            <translation>Проверьте значение</translation>
        </message>
        <message>
            <source>Did you mean {figure}?</source>
            <translation>Возможно, имелось в виду {figure}?</translation>
        </message>
        <message>
            <source>Is the figure right?</source>
            <translation>Значение верно?</translation>
        </message>
        <message>
            <source>&amp;Use {figure}</source>
            <translation>&amp;Использовать {figure}</translation>
        </message>
        <message>
            <source>&amp;Keep {figure}</source>
            <translation>&amp;Оставить {figure}</translation>
        </message>
        <message>
            <source>&amp;Go back</source>
            <translation>&amp;Вернуться</translation>
        </message>
    </context>
    <context>
        <name>view_actions</name>
        <message>
            <source>Saved &amp;views</source>
            <extracomment>View &gt; Saved views: one entry per stored view (click = apply)</extracomment>
            <translation>Сохранённые &amp;представления</translation>
        </message>
        <message>
            <source>There is no saved view called “{name}”.</source>
            <translation>Нет сохранённого представления «{name}».</translation>
        </message>
        <message>
            <source>Could not apply the view “{name}”: {error}</source>
            <translation>Не удалось применить представление «{name}»: {error}</translation>
        </message>
        <message>
            <source>Showing the view “{name}”.</source>
            <translation>Показано представление «{name}».</translation>
        </message>
        <message>
            <source>Not done: {error}</source>
            <translation>Не выполнено: {error}</translation>
        </message>
        <message>
            <source>View “{name}” saved in the workspace.</source>
            <translation>Представление «{name}» сохранено в рабочей области.</translation>
        </message>
        <message>
            <source>No saved views yet (View &gt; Save view…)</source>
            <translation>Сохранённых представлений пока нет (Вид &gt; Сохранить представление…)</translation>
        </message>
    </context>
    <context>
        <name>view_dialog</name>
        <message>
            <source>Save view</source>
            <translation>Сохранение представления</translation>
        </message>
        <message>
            <source>What this view is for (optional)</source>
            <translation>Для чего это представление (необязательно)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Saves the pair, the table's filters and sort, the charted indicator, the chart's mode and range, and the comparison and pivot layouts in the workspace.</source>
            <translation>Сохраняет в рабочей области пару стран, фильтры и сортировку таблицы, показатель на графике, режим и диапазон графика, а также настройки сравнения и сводной таблицы.</translation>
        </message>
        <message>
            <source>A view called “{name}” exists: saving replaces it (Undo brings it back).</source>
            <translation>Представление «{name}» уже есть: сохранение заменит его (команда «Отменить» вернёт прежнее).</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>Сохранённые представления</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <source>Show this view</source>
            <translation>Показать это представление</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Переименовать…</translation>
        </message>
        <message>
            <source>Give the view another name</source>
            <translation>Дать представлению другое название</translation>
        </message>
        <message>
            <source>Overwrite with current</source>
            <translation>Заменить текущим</translation>
        </message>
        <message>
            <source>Save what the desk shows now under this name</source>
            <translation>Сохранить под этим названием то, что сейчас показано</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete the view (Undo brings it back)</source>
            <translation>Удалить представление (команда «Отменить» вернёт его)</translation>
        </message>
        <message>
            <source>Rename view</source>
            <translation>Переименование представления</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>Новое название</translation>
        </message>
    </context>
    <context>
        <name>workspace_actions</name>
        <message>
            <source>Corridor workspace (*.duckdb);;All files (*)</source>
            <translation>Рабочая область Corridor (*.duckdb);;Все файлы (*)</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>Новая рабочая область</translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>Открыть рабочую область</translation>
        </message>
        <message>
            <source>Connected to {server} as {user} ({role})</source>
            <translation>Подключено к {server} как {user} ({role})</translation>
        </message>
        <message>
            <source>{path} already exists; choose a new name or open it instead.</source>
            <translation>{path} уже существует; выберите другое имя или откройте этот файл.</translation>
        </message>
        <message>
            <source>Could not open the workspace: {reason}</source>
            <translation>Не удалось открыть рабочую область: {reason}</translation>
        </message>
        <message>
            <source>The workspace you had open is unchanged and still open.</source>
            <translation>Открытая ранее рабочая область не изменилась и по-прежнему открыта.</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>Открыто: {path}</translation>
        </message>
        <message>
            <source>Save workspace as</source>
            <translation>Сохранить рабочую область как</translation>
        </message>
        <message>
            <source>Could not save a copy: {reason}</source>
            <translation>Не удалось сохранить копию: {reason}</translation>
        </message>
        <message>
            <source>{workspace} is not a file: it has no backups to restore.</source>
            <translation>{workspace} — не файл: у неё нет резервных копий для восстановления.</translation>
        </message>
    </context>
</TS>