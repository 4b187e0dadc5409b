<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
    <context>
        <name>Form</name>
        <message>
            <source>Link Axis:</source>
            <translation>Oxu əlaqələndir:</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Bu oxu başqa qrafiklə əlaqələndirir: hər ikisi eyni məlumat aralığını göstərəcək.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Avtomatik miqyaslamada görünən məlumatın faizi. Kəskin sıçrayışlı məlumat üçün bu dəyəri azaltmaq faydalı ola bilər.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Göstərilən məlumat dəyişdikcə bu oxun miqyasını avtomatik dəyiş.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>Avtomatik</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Bu oxun aralığını əl ilə təyin edin. Avtomatik miqyaslama söndürülür. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Əl ilə</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Bu oxda göstəriləcək ən kiçik dəyər.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Bu oxda göstəriləcək ən böyük dəyər.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Oxu tərsinə çevirir (+y yuxarı deyil, aşağı yönəlir).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Invert Axis</source>
            <translation>Oxu tərsinə çevir</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Bu ox üçün siçanla sürüşdürmə və miqyaslamanı aktivləşdirir.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Mouse Enabled</source>
            <translation>Siçanla idarə</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Seçildikdə ox yalnız digər ox boyunca görünən məlumata görə miqyaslanır.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Visible Data Only</source>
            <translation>Yalnız görünən məlumat</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Seçildikdə ox cari məlumatı mərkəzə almaq üçün avtomatik sürüşür, amma miqyası dəyişmir.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Auto Pan Only</source>
            <translation>Yalnız avtomatik sürüşdürmə</translation>
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
            <translation>Qrafik parametrləri</translation>
        </message>
        <message>
            <source>View All</source>
            <translation>Hamısını göstər</translation>
        </message>
        <message>
            <source>axis</source>
            <translation>oxu</translation>
        </message>
        <message>
            <source>Mouse Mode</source>
            <translation>Siçan rejimi</translation>
        </message>
        <message>
            <source>3 button</source>
            <translation>3 düymə</translation>
        </message>
        <message>
            <source>1 button</source>
            <translation>1 düymə</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <source>&amp;File</source>
            <extracomment>the menus (titles translated where the menu bar is built)</extracomment>
            <translation>&amp;Fayl</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Redaktə</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Görünüş</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Kömək</translation>
        </message>
        <message>
            <source>&amp;New workspace…</source>
            <extracomment>resources/icons/actions/&lt;icon&gt;.svg (app.ui.icons.action_icon; a freedesktop name where there is one, which is also the theme fallback) changes the workspace: disabled where it is read-only (a viewer of a server)</extracomment>
            <translation>&amp;Yeni iş sahəsi…</translation>
        </message>
        <message>
            <source>&amp;Open workspace…</source>
            <translation>İş sahəsini &amp;aç…</translation>
        </message>
        <message>
            <source>&amp;Connect to Server…</source>
            <translation>Serverə &amp;qoşul…</translation>
        </message>
        <message>
            <source>Open a team workspace on a PostgreSQL server; others' changes appear as they make them</source>
            <translation>PostgreSQL serverində komanda iş sahəsini açın; başqalarının dəyişiklikləri edildikcə görünür</translation>
        </message>
        <message>
            <source>Save workspace &amp;as…</source>
            <translation>İş sahəsini &amp;fərqli saxla…</translation>
        </message>
        <message>
            <source>&amp;Import figures…</source>
            <translation>Rəqəmləri &amp;idxal et…</translation>
        </message>
        <message>
            <source>Import a portal download or table</source>
            <translation>Portaldan endirilmiş faylı və ya cədvəli idxal edin</translation>
        </message>
        <message>
            <source>&amp;Fetch from a portal…</source>
            <translation>Portaldan &amp;yüklə…</translation>
        </message>
        <message>
            <source>Ask the World Bank, UN Comtrade, the IMF or an SDMX agency for a pair's figures; preview, then import</source>
            <translation>Cüt üzrə rəqəmləri Dünya Bankından, UN Comtrade-dən, BVF-dən və ya SDMX agentliyindən sorğulayın; əvvəlcə baxın, sonra idxal edin</translation>
        </message>
        <message>
            <source>Re&amp;fresh fetched figures…</source>
            <translation>Yüklənmiş rəqəmləri &amp;yenilə…</translation>
        </message>
        <message>
            <source>Ask stored portal queries again; revised values keep their earlier vintages</source>
            <translation>Saxlanılmış portal sorğularını təkrarlayın; yenidən baxılmış dəyərlər əvvəlki versiyalarını saxlayır</translation>
        </message>
        <message>
            <source>Refresh this series from its &amp;portal</source>
            <translation>Bu sıranı &amp;portaldan yenilə</translation>
        </message>
        <message>
            <source>Ask again the portal queries that gave the current indicator's figures for the pair</source>
            <translation>Cari göstəricinin cüt üzrə rəqəmlərini verən portal sorğularını təkrarlayın</translation>
        </message>
        <message>
            <source>Export &amp;summary…</source>
            <translation>&amp;Xülasəni ixrac et…</translation>
        </message>
        <message>
            <source>Export &amp;briefing…</source>
            <translation>&amp;Brifinqi ixrac et…</translation>
        </message>
        <message>
            <source>Word, PDF, HTML, Markdown or Excel briefing with charts and sources</source>
            <translation>Qrafiklər və mənbələrlə Word, PDF, HTML, Markdown və ya Excel brifinqi</translation>
        </message>
        <message>
            <source>Export &amp;table…</source>
            <translation>&amp;Cədvəli ixrac et…</translation>
        </message>
        <message>
            <source>The rows as shown (filtered, sorted) to CSV, XLSX or Parquet</source>
            <translation>Göründüyü kimi sətirlər (süzülmüş, sıralanmış) CSV, XLSX və ya Parquet formatında</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>Ehtiyat nüsxədən &amp;bərpa et…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Çı&amp;xış</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Geri al</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Təkrarla</translation>
        </message>
        <message>
            <source>&amp;Copy cells</source>
            <translation>Xanaları &amp;kopyala</translation>
        </message>
        <message>
            <source>Copy the selected cells as tab-separated text</source>
            <translation>Seçilmiş xanaları tabulyasiya ilə ayrılmış mətn kimi kopyalayın</translation>
        </message>
        <message>
            <source>Copy c&amp;hart</source>
            <translation>&amp;Qrafiki kopyala</translation>
        </message>
        <message>
            <source>Copy the chart as a picture</source>
            <translation>Qrafiki şəkil kimi kopyalayın</translation>
        </message>
        <message>
            <source>&amp;Add observation…</source>
            <translation>Müşahidə &amp;əlavə et…</translation>
        </message>
        <message>
            <source>Add figures from &amp;text…</source>
            <translation>&amp;Mətndən rəqəmlər əlavə et…</translation>
        </message>
        <message>
            <source>Paste a press item; review the figures Corridor finds</source>
            <translation>Mətbuat materialını yapışdırın; Corridor-un tapdığı rəqəmləri yoxlayın</translation>
        </message>
        <message>
            <source>&amp;Delete observations</source>
            <translation>Müşahidələri &amp;sil</translation>
        </message>
        <message>
            <source>&amp;Filter…</source>
            <translation>&amp;Süzgəc…</translation>
        </message>
        <message>
            <source>Show &amp;all figures</source>
            <translation>&amp;Bütün rəqəmləri göstər</translation>
        </message>
        <message>
            <source>Clear the table's filters (indicator, columns, text, years): every figure of the pair (also Esc in the table)</source>
            <translation>Cədvəlin süzgəclərini təmizləyin (göstərici, sütunlar, mətn, illər): cütün bütün rəqəmləri (cədvəldə Esc də)</translation>
        </message>
        <message>
            <source>Sa&amp;ve view…</source>
            <translation>Görünüşü &amp;saxla…</translation>
        </message>
        <message>
            <source>Save the pair, filters, sort and chart under a name in the workspace</source>
            <translation>Cütü, süzgəcləri, sıralamanı və qrafiki iş sahəsində bir adla saxlayın</translation>
        </message>
        <message>
            <source>&amp;Manage views…</source>
            <translation>Görünüşləri &amp;idarə et…</translation>
        </message>
        <message>
            <source>Apply, rename, overwrite or delete saved views</source>
            <translation>Saxlanılmış görünüşləri tətbiq edin, adını dəyişin, üzərinə yazın və ya silin</translation>
        </message>
        <message>
            <source>E&amp;xport chart…</source>
            <translation>Qrafiki i&amp;xrac et…</translation>
        </message>
        <message>
            <source>PNG (size, DPI) or SVG</source>
            <translation>PNG (ölçü, DPI) və ya SVG</translation>
        </message>
        <message>
            <source>&amp;Reset chart view</source>
            <translation>Qrafik görünüşünü &amp;sıfırla</translation>
        </message>
        <message>
            <source>&amp;Projects</source>
            <translation>&amp;Layihələr</translation>
        </message>
        <message>
            <source>The project registry: companies, stages, sources and roll-ups</source>
            <translation>Layihələr reyestri: şirkətlər, mərhələlər, mənbələr və yekunlar</translation>
        </message>
        <message>
            <source>&amp;Claims</source>
            <translation>&amp;İddialar</translation>
        </message>
        <message>
            <source>Every claim of the pair's sources with its verdict and the figures checked</source>
            <translation>Cüt üzrə mənbələrin bütün iddiaları, hökmü və yoxlanılmış rəqəmlərlə</translation>
        </message>
        <message>
            <source>C&amp;ompare series</source>
            <translation>Sıraları &amp;müqayisə et</translation>
        </message>
        <message>
            <source>Several indicators or pairs on one chart: levels, index, growth, share; drag catalogue entries onto it</source>
            <translation>Bir qrafikdə bir neçə göstərici və ya cüt: səviyyələr, indeks, artım, pay; kataloq elementlərini bura sürükləyin</translation>
        </message>
        <message>
            <source>Pi&amp;vot grid</source>
            <translation>&amp;Pivot cədvəli</translation>
        </message>
        <message>
            <source>Indicators × periods, one preferred figure per cell, with conflict and claim marks</source>
            <translation>Göstəricilər × dövrlər, hər xanada bir üstün tutulan rəqəm, ziddiyyət və iddia işarələri ilə</translation>
        </message>
        <message>
            <source>Derive &amp;series…</source>
            <translation>&amp;Sıra törət…</translation>
        </message>
        <message>
            <source>Compute what the sources do not publish (change, CAGR, months to years, YTD differences, rolling sums, formulas) with its lineage</source>
            <translation>Mənbələrin dərc etmədiyini hesablayın (dəyişiklik, CAGR, aylardan illərə, ilin əvvəlindən fərqlər, sürüşkən cəmlər, düsturlar), mənşəyi ilə</translation>
        </message>
        <message>
            <source>Derived series…</source>
            <translation>Törəmə sıralar…</translation>
        </message>
        <message>
            <source>The stored derived series with their rules: remove one or recompute them all</source>
            <translation>Saxlanılmış törəmə sıralar və qaydaları: birini silin və ya hamısını yenidən hesablayın</translation>
        </message>
        <message>
            <source>New &amp;indicator…</source>
            <translation>Yeni &amp;göstərici…</translation>
        </message>
        <message>
            <source>Add an indicator to the catalogue: code, name, unit, kind and topic</source>
            <translation>Kataloqa göstərici əlavə et: kod, ad, vahid, növ və mövzu</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Parametrlər…</translation>
        </message>
        <message>
            <source>The desk's language (numbers and dates follow it)</source>
            <translation>Masanın dili (rəqəmlər və tarixlər ona uyğun yazılır)</translation>
        </message>
        <message>
            <source>&amp;History of the figure</source>
            <translation>Rəqəmin &amp;tarixçəsi</translation>
        </message>
        <message>
            <source>Every value the selected figure has had, who changed it and when; restore one</source>
            <translation>Seçilmiş rəqəmin bütün dəyərləri, kim və nə vaxt dəyişib; istənilənini bərpa edin</translation>
        </message>
        <message>
            <source>Next pane</source>
            <translation>Növbəti panel</translation>
        </message>
        <message>
            <source>Move the keyboard to the next pane: catalogue, table, chart, source</source>
            <translation>Klaviaturanı növbəti panelə keçirin: kataloq, cədvəl, qrafik, mənbə</translation>
        </message>
        <message>
            <source>Previous pane</source>
            <translation>Əvvəlki panel</translation>
        </message>
        <message>
            <source>Go to the catalogue</source>
            <translation>Kataloqa keçin</translation>
        </message>
        <message>
            <source>Go to the table</source>
            <translation>Cədvələ keçin</translation>
        </message>
        <message>
            <source>Go to the chart</source>
            <translation>Qrafikə keçin</translation>
        </message>
        <message>
            <source>Go to the source</source>
            <translation>Mənbəyə keçin</translation>
        </message>
        <message>
            <source>&amp;About Corridor</source>
            <translation>Corridor &amp;haqqında</translation>
        </message>
    </context>
    <context>
        <name>add_dialog</name>
        <message>
            <source>Value</source>
            <extracomment>the form's fields, named in refusals ("Value: …") as on their labels</extracomment>
            <translation>Dəyər</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Dövr</translation>
        </message>
        <message>
            <source>Qualifier</source>
            <translation>Dəqiqlik</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Qeyd</translation>
        </message>
        <message>
            <source>Add observation</source>
            <translation>Dəyər əlavə et</translation>
        </message>
        <message>
            <source>e.g. {examples}</source>
            <translation>məsələn: {examples}</translation>
        </message>
        <message>
            <source>Different unit</source>
            <translation>Başqa vahid</translation>
        </message>
        <message>
            <source>Figures are kept in their indicator's unit; tick to store this one in another</source>
            <translation>Dəyərlər öz göstəricisinin vahidində saxlanılır; bu dəyəri başqa vahiddə saxlamaq üçün işarələyin</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Göstərici</translation>
        </message>
        <message>
            <source>Reporter (ISO)</source>
            <translation>Hesabat verən ölkə (ISO)</translation>
        </message>
        <message>
            <source>Partner (ISO)</source>
            <translation>Tərəfdaş ölkə (ISO)</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Obyekt</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Vahid</translation>
        </message>
        <message>
            <source>Source publisher</source>
            <translation>Mənbə (nəşr)</translation>
        </message>
        <message>
            <source>Source URL</source>
            <translation>Mənbənin URL-i</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Dərc edilib</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Bəyanat verən</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Sitat</translation>
        </message>
        <message>
            <source>Value: a negative figure is not possible in {unit}</source>
            <translation>Dəyər: «{unit}» vahidində mənfi dəyər mümkün deyil</translation>
        </message>
        <message>
            <source>{field}: {error}</source>
            <translation>{field}: {error}</translation>
        </message>
        <message>
            <source>Reporter: {text} is not an ISO 3166 country code</source>
            <translation>Hesabat verən ölkə: {text} ISO 3166 ölkə kodu deyil</translation>
        </message>
        <message>
            <source>Partner: {text} is not an ISO 3166 country code</source>
            <translation>Tərəfdaş ölkə: {text} ISO 3166 ölkə kodu deyil</translation>
        </message>
        <message>
            <source>Indicator: choose one from the catalogue</source>
            <translation>Göstərici: kataloqdan birini seçin</translation>
        </message>
        <message>
            <source>Value: enter a number, e.g. 2.44 bn</source>
            <translation>Dəyər: rəqəm daxil edin, məsələn 2.44 bn</translation>
        </message>
        <message>
            <source>Unit: say what the figure counts</source>
            <translation>Vahid: dəyərin nə ilə ölçüldüyünü göstərin</translation>
        </message>
        <message>
            <source>Source: give at least a publisher or a URL — every figure is sourced</source>
            <translation>Mənbə: ən azı nəşri və ya URL-i göstərin — hər dəyərin mənbəyi olmalıdır</translation>
        </message>
        <message>
            <source>Add {indicator} {period}</source>
            <translation>{indicator} {period} əlavə et</translation>
        </message>
    </context>
    <context>
        <name>advice</name>
        <message>
            <source>viewer</source>
            <extracomment>a workspace role as the desk says it (Storage.role gives 'viewer', 'editor' or 'admin')</extracomment>
            <translation>oxucu</translation>
        </message>
        <message>
            <source>editor</source>
            <translation>redaktor</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source>Save a copy ({menu}) to edit.</source>
            <extracomment>an accelerator written after the words, as Chinese menus do: "文件(&amp;F)"</extracomment>
            <translation>Redaktə etmək üçün surət saxlayın ({menu}).</translation>
        </message>
        <message>
            <source>Backups are listed under {menu}.</source>
            <translation>Ehtiyat nüsxələr {menu} bölməsində göstərilir.</translation>
        </message>
    </context>
    <context>
        <name>analysis_actions</name>
        <message>
            <source>Compare</source>
            <translation>Müqayisə</translation>
        </message>
        <message>
            <source>Pivot</source>
            <translation>Pivot cədvəli</translation>
        </message>
    </context>
    <context>
        <name>candidate_model</name>
        <message>
            <source>Value</source>
            <translation>Dəyər</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Vahid</translation>
        </message>
        <message>
            <source>Bound</source>
            <translation>Hədd</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Dövr</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Göstərici</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Hesabat verən ölkə</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Tərəfdaş</translation>
        </message>
        <message>
            <source>Claimed change</source>
            <translation>Bildirilən dəyişiklik</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Bilateral</source>
            <translation>İkitərəfli</translation>
        </message>
        <message>
            <source>Sentence</source>
            <translation>Cümlə</translation>
        </message>
        <message>
            <source>accepted</source>
            <extracomment>a row's decision as its first cell says it (None: undecided)</extracomment>
            <translation>qəbul edildi</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rədd edildi</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>bəli</translation>
        </message>
        <message>
            <source>no: “{words}”</source>
            <translation>xeyr: “{words}”</translation>
        </message>
        <message>
            <source>{decision} (duplicate)</source>
            <translation>{decision} (təkrar)</translation>
        </message>
        <message>
            <source>Not a figure between two countries: the sentence says “{words}” (a total with the world or a region).</source>
            <translation>Bu, iki ölkə arasındakı göstərici deyil: cümlədə “{words}” deyilir (dünya və ya regionla cəmi).</translation>
        </message>
        <message>
            <source>A stored observation already has this figure.</source>
            <translation>Bu rəqəm saxlanmış məlumatlarda artıq var.</translation>
        </message>
    </context>
    <context>
        <name>capacity_chart</name>
        <message>
            <source>signed (agreement)</source>
            <extracomment>the stages drawn as bars, with their legend words (translated where shown) and colours</extracomment>
            <translation>imzalanıb (saziş)</translation>
        </message>
        <message>
            <source>commissioned</source>
            <translation>istismara verilib</translation>
        </message>
        <message>
            <source>MW</source>
            <translation>MVt</translation>
        </message>
        <message>
            <source>&lt;b&gt;Capacity by year&lt;/b&gt;: signed vs commissioned</source>
            <translation>&lt;b&gt;İllər üzrə güc&lt;/b&gt;: imzalanmış və istismara verilmiş</translation>
        </message>
        <message numerus="yes">
            <source>{year}, {stage}: {capacity}, %n project(s)</source>
            <translation>
                <numerusform>{year}, {stage}: {capacity}, %n layihə</numerusform>
                <numerusform>{year}, {stage}: {capacity}, %n layihə</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n without capacity)</source>
            <translation>
                <numerusform>(%n güc göstərilmədən)</numerusform>
                <numerusform>(%n güc göstərilmədən)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>catalogue_model</name>
        <message>
            <source>flow</source>
            <extracomment>what the search box matches: shown name, English name and code, one per line the stored topic of a topic row and of its indicators ("Trade", whatever is shown) what a dragged catalogue entry carries: indicator codes, UTF-8, one per line a topic's cells: selectable, not editable, dragged or dropped on an indicator's cells drag its code the kinds of indicator, as the catalogue stores them, with their words</extracomment>
            <translation>axın</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>qalıq</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>nisbi göstərici</translation>
        </message>
        <message>
            <source>count</source>
            <translation>say</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Göstərici</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Dəyərlər</translation>
        </message>
    </context>
    <context>
        <name>catalogue_panel</name>
        <message>
            <source>Search indicators…</source>
            <extracomment>an indicator was chosen: (code, name) "Add to comparison" on an indicator: its code</extracomment>
            <translation>Göstəricilərdə axtarış…</translation>
        </message>
        <message>
            <source>Add to comparison</source>
            <translation>Müqayisəyə əlavə et</translation>
        </message>
        <message>
            <source>Draw this indicator for the current pair on the comparison chart</source>
            <translation>Bu göstəricini cari ölkə cütü üçün müqayisə qrafikində göstər</translation>
        </message>
        <message>
            <source>Edit indicator…</source>
            <translation>Göstəricini redaktə et…</translation>
        </message>
        <message>
            <source>New indicator…</source>
            <translation>Yeni göstərici…</translation>
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
            <translation>Mənbə: {source}</translation>
        </message>
        <message>
            <source>Add annotation here…</source>
            <translation>Buraya qeyd əlavə et…</translation>
        </message>
    </context>
    <context>
        <name>chart_events_strip</name>
        <message>
            <source>Events</source>
            <extracomment>"Add annotation here…": the ISO day clicked Edit… / Delete on an event marker: event_id the event types the user hid (list[str]), to be remembered</extracomment>
            <translation>Hadisələr</translation>
        </message>
        <message>
            <source>Event types marked on the timeline</source>
            <translation>Zaman xəttində işarələnən hadisə növləri</translation>
        </message>
        <message>
            <source>Events ({count})</source>
            <translation>Hadisələr ({count})</translation>
        </message>
        <message>
            <source>Edit “{title}”…</source>
            <translation>“{title}” redaktə et…</translation>
        </message>
        <message>
            <source>Delete “{title}”</source>
            <translation>“{title}” sil</translation>
        </message>
        <message>
            <source>Add annotation here…</source>
            <translation>Buraya qeyd əlavə et…</translation>
        </message>
    </context>
    <context>
        <name>chart_export</name>
        <message>
            <source>the chart could not be drawn</source>
            <translation>qrafik çəkilə bilmədi</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Qrafiki ixrac et</translation>
        </message>
        <message>
            <source> px</source>
            <translation> piks</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>En</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Hündürlük</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Ayırdetmə qabiliyyəti</translation>
        </message>
        <message>
            <source>{format} image (*.{suffix})</source>
            <translation>{format} şəkli (*.{suffix})</translation>
        </message>
        <message>
            <source>Could not export the chart to {file}: {error}</source>
            <translation>Qrafiki {file} faylına ixrac etmək mümkün olmadı: {error}</translation>
        </message>
        <message>
            <source>Chart written to {file}</source>
            <translation>Qrafik {file} faylına yazıldı</translation>
        </message>
        <message>
            <source>Chart copied to the clipboard.</source>
            <translation>Qrafik mübadilə buferinə kopyalandı.</translation>
        </message>
    </context>
    <context>
        <name>chart_panel</name>
        <message>
            <source>Select an indicator to chart it.</source>
            <extracomment>the user clicked a marker: obs_id</extracomment>
            <translation>Qrafikini qurmaq üçün göstərici seçin.</translation>
        </message>
        <message>
            <source>Reset view</source>
            <translation>Görünüşü sıfırla</translation>
        </message>
        <message>
            <source>Fit all figures (Ctrl+0)</source>
            <translation>Bütün rəqəmləri sığdır (Ctrl+0)</translation>
        </message>
        <message>
            <source>Same period</source>
            <translation>Eyni dövr</translation>
        </message>
        <message>
            <source>Draw one window (e.g. Jan–Oct) of every year side by side</source>
            <translation>Hər ilin eyni dövrünü (məs., yan–okt) yan-yana göstər</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{name}&lt;/b&gt; — %n figures; ★ marks a record in its series ({records})</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — %n rəqəm; ★ sıradakı rekordu göstərir ({records})</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — %n rəqəm; ★ sıradakı rekordu göstərir ({records})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>chart_tooltips</name>
        <message>
            <source>Record: {figure}</source>
            <translation>Rekord: {figure}</translation>
        </message>
        <message>
            <source>{series}, {window} of each year</source>
            <translation>{series}, hər ilin {window} dövrü</translation>
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
            <translation>№{obs_id} rəqəminin iddiasını silmək olmaz: bu, {obs_id} rəqəminin bildirilən dəyişikliyidir; rəqəmin özünü redaktə edin.</translation>
        </message>
        <message>
            <source>This is the reported change of figure #{obs_id}: edit the figure.</source>
            <translation>Bu, №{obs_id} rəqəminin bildirilən dəyişikliyidir: rəqəmin özünü redaktə edin.</translation>
        </message>
        <message>
            <source>Delete claims</source>
            <translation>İddiaları sil</translation>
        </message>
        <message>
            <source>Delete {count} claim(s)? (Undo restores them.)</source>
            <translation>İddialar silinsin ({count})? (Geri alma onları bərpa edir.)</translation>
        </message>
    </context>
    <context>
        <name>claim_dialog</name>
        <message>
            <source>year</source>
            <extracomment>the codes the form offers in a choice (windows, units, ranks), as words; qualifiers are named as the figures table names them (app.qt.table_text)</extracomment>
            <translation>il</translation>
        </message>
        <message>
            <source>year to date</source>
            <translation>ilin əvvəlindən</translation>
        </message>
        <message>
            <source>half-year</source>
            <translation>yarımil</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>rüb</translation>
        </message>
        <message>
            <source>month</source>
            <translation>ay</translation>
        </message>
        <message>
            <source>period</source>
            <translation>dövr</translation>
        </message>
        <message>
            <source>times</source>
            <translation>dəfə</translation>
        </message>
        <message>
            <source>first</source>
            <translation>ilk</translation>
        </message>
        <message>
            <source>only</source>
            <translation>yeganə</translation>
        </message>
        <message>
            <source>Of</source>
            <translation>Nəyin</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Gözlənilir</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Pəncərə</translation>
        </message>
        <message>
            <source>Change</source>
            <extracomment>the parameters each type's form shows (docs/claims.md, "Parameters per type")</extracomment>
            <translation>Dəyişiklik</translation>
        </message>
        <message>
            <source>Change unit</source>
            <translation>Dəyişikliyin vahidi</translation>
        </message>
        <message>
            <source>Change qualifier</source>
            <translation>Dəyişikliyin dəqiqləşdiricisi</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Seriyanın uzunluğu</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Növ</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Əhatə</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Yer</translation>
        </message>
        <message>
            <source>Among</source>
            <translation>Arasında</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Say</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Cəmi</translation>
        </message>
        <message>
            <source>Total unit</source>
            <translation>Cəmin vahidi</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Pay</translation>
        </message>
        <message>
            <source>{field}: {text} is not a whole number</source>
            <translation>{field}: {text} tam ədəd deyil</translation>
        </message>
        <message>
            <source>{field}: {text} is not a number</source>
            <translation>{field}: {text} ədəd deyil</translation>
        </message>
        <message>
            <source>Edit claim {id}</source>
            <translation>{id} iddiasını redaktə et</translation>
        </message>
        <message>
            <source>Add claim</source>
            <translation>İddia əlavə et</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(yoxdur)</translation>
        </message>
        <message>
            <source>ISO alpha-3</source>
            <translation>ISO alpha-3</translation>
        </message>
        <message>
            <source>2025, 2025-Q1, 2025-01/2025-10, @2027-12 or empty</source>
            <translation>2025, 2025-Q1, 2025-01/2025-10, @2027-12 və ya boş</translation>
        </message>
        <message>
            <source>in the canonical unit, e.g. 2440000000</source>
            <translation>əsas vahiddə, məsələn, 2440000000</translation>
        </message>
        <message>
            <source>USD, MW, %, persons…</source>
            <translation>USD, MW, %, nəfər…</translation>
        </message>
        <message>
            <source>(choose the source)</source>
            <translation>(mənbəni seçin)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Növ</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Göstərici</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Hesabat verən ölkə</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Tərəfdaş</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Dövr</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Dəyər</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Vahid</translation>
        </message>
        <message>
            <source>Qualifier</source>
            <translation>Dəqiqləşdirici</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Vəziyyət</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Mənbə</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Sitat</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parametrlər</translation>
        </message>
        <message>
            <source>Choose the source whose statement this is.</source>
            <translation>Bu iddianın aid olduğu mənbəni seçin.</translation>
        </message>
        <message>
            <source>Period: {error}</source>
            <translation>Dövr: {error}</translation>
        </message>
        <message>
            <source>{field}: an ISO alpha-3 code such as CHN, not {code}</source>
            <translation>{field}: CHN kimi ISO alpha-3 kodu lazımdır, {code} yox</translation>
        </message>
    </context>
    <context>
        <name>claim_model</name>
        <message>
            <source>growth</source>
            <extracomment>the record tables a verdict depends on (besides the figures and sources) statuses shown in the status column (an actual claim shows nothing) the claim types as the desk names them (ClaimType)</extracomment>
            <translation>artım</translation>
        </message>
        <message>
            <source>level</source>
            <translation>səviyyə</translation>
        </message>
        <message>
            <source>record</source>
            <translation>rekord</translation>
        </message>
        <message>
            <source>record streak</source>
            <translation>rekordlar seriyası</translation>
        </message>
        <message>
            <source>first</source>
            <translation>ilk</translation>
        </message>
        <message>
            <source>rank</source>
            <translation>sıra</translation>
        </message>
        <message>
            <source>sum / count</source>
            <translation>cəm / say</translation>
        </message>
        <message>
            <source>share</source>
            <translation>pay</translation>
        </message>
        <message>
            <source>actual</source>
            <extracomment>a claim's status (what the source says of its figure: done, expected, planned…)</extracomment>
            <translation>faktiki</translation>
        </message>
        <message>
            <source>expected</source>
            <translation>gözlənilir</translation>
        </message>
        <message>
            <source>forecast</source>
            <translation>proqnoz</translation>
        </message>
        <message>
            <source>target</source>
            <translation>hədəf</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planlaşdırılıb</translation>
        </message>
        <message>
            <source>Verdict</source>
            <extracomment>(title, column of the view frame, width)</extracomment>
            <translation>Nəticə</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Növ</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Göstərici</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Dövr</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kim</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>İddia</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Vəziyyət</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Mənbə</translation>
        </message>
    </context>
    <context>
        <name>claims_panel</name>
        <message>
            <source>Let records and streaks use the other side's figure</source>
            <translation>Rekordlar və seriyalar üçün digər tərəfin rəqəmindən istifadəyə icazə ver</translation>
        </message>
        <message>
            <source>Select a claim to see its quote, the reasoning and the figures.</source>
            <translation>Sitatı, əsaslandırmanı və rəqəmləri görmək üçün iddianı seçin.</translation>
        </message>
        <message>
            <source>{verdict} — {type}: {claim}</source>
            <translation>{verdict} — {type}: {claim}</translation>
        </message>
        <message>
            <source>“{quote}” — {source}</source>
            <translation>“{quote}” — {source}</translation>
        </message>
        <message>
            <source>Figures checked against</source>
            <translation>Müqayisə olunan rəqəmlər</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Mənbələr</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Layihələr</translation>
        </message>
        <message>
            <source>The reported change of figure #{obs_id} (no stored claim refers to it).</source>
            <translation>№{obs_id} rəqəminin bildirilən dəyişikliyi (heç bir saxlanmış iddia ona istinad etmir).</translation>
        </message>
        <message>
            <source>no longer in the workspace</source>
            <translation>artıq iş sahəsində yoxdur</translation>
        </message>
        <message>
            <source>project {id}</source>
            <translation>layihə {id}</translation>
        </message>
        <message>
            <source>any verdict</source>
            <extracomment>claim_id claim ids (list[int]) "Let records and streaks use the other side's figure" toggled show this indicator on the chart (the claim's) the figures a selected claim was checked against (list[int]); [] clears</extracomment>
            <translation>istənilən nəticə</translation>
        </message>
        <message>
            <source>any type</source>
            <translation>istənilən növ</translation>
        </message>
        <message>
            <source>Selected source only</source>
            <translation>Yalnız seçilmiş mənbə</translation>
        </message>
        <message>
            <source>Only the claims of the source of the figure selected in the main table</source>
            <translation>Yalnız əsas cədvəldə seçilmiş rəqəmin mənbəyinin iddiaları</translation>
        </message>
        <message>
            <source>A record or streak check may fill a year missing from the claimant's series with the other side's figure for it</source>
            <translation>Rekord və ya seriya yoxlanışı iddiaçının sırasında çatışmayan ili digər tərəfin həmin il üçün rəqəmi ilə doldura bilər</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Nəticə</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Növ</translation>
        </message>
        <message>
            <source>Add claim…</source>
            <translation>İddia əlavə et…</translation>
        </message>
        <message>
            <source>Add a claim of a stored source</source>
            <translation>Saxlanmış mənbənin iddiasını əlavə et</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Redaktə et…</translation>
        </message>
        <message>
            <source>Change the selected claim</source>
            <translation>Seçilmiş iddianı dəyişdir</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Delete the selected claims (undo restores them)</source>
            <translation>Seçilmiş iddiaları sil (geri alma onları bərpa edir)</translation>
        </message>
        <message>
            <source>{shown} of {total} claims</source>
            <translation>İddialar: {shown} / {total}</translation>
        </message>
        <message>
            <source>{total} claims</source>
            <translation>İddialar: {total}</translation>
        </message>
    </context>
    <context>
        <name>column_filter</name>
        <message>
            <source>Filter {column}</source>
            <extracomment>ColumnFilter | None</extracomment>
            <translation>Süzgəc: {column}</translation>
        </message>
        <message>
            <source>Clear filter</source>
            <translation>Süzgəci sil</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>İmtina</translation>
        </message>
        <message>
            <source>Search values…</source>
            <translation>Dəyərləri axtar…</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Hamısını seç</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>Heç birini seçmə</translation>
        </message>
        <message>
            <source>e.g. 1 bn or 57,000 (empty: no minimum)</source>
            <translation>məs. 1 bn və ya 57,000 (boş: minimum yoxdur)</translation>
        </message>
        <message>
            <source>e.g. 2.44 bn (empty: no maximum)</source>
            <translation>məs. 2.44 bn (boş: maksimum yoxdur)</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>Ən azı</translation>
        </message>
        <message>
            <source>At most</source>
            <translation>Ən çoxu</translation>
        </message>
        <message>
            <source>e.g. 2019 or 2019-07 (empty: from the first)</source>
            <translation>məs. 2019 və ya 2019-07 (boş: ən əvvəldən)</translation>
        </message>
        <message>
            <source>e.g. 2025-10 (empty: to the last)</source>
            <translation>məs. 2025-10 (boş: ən sonadək)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Başlanğıc</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Son</translation>
        </message>
        <message>
            <source>Show all figures</source>
            <extracomment>a chip's ✕ was clicked: the column</extracomment>
            <translation>Bütün rəqəmləri göstər</translation>
        </message>
        <message>
            <source>Clear the filters: every figure of the pair (Esc, Ctrl+Shift+A)</source>
            <translation>Süzgəcləri sil: ölkə cütünün bütün rəqəmləri (Esc, Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>Remove this filter</source>
            <translation>Bu süzgəci sil</translation>
        </message>
    </context>
    <context>
        <name>columns</name>
        <message>
            <source>✓ consistent</source>
            <translation>✓ uyğundur</translation>
        </message>
        <message>
            <source>✗ inconsistent</source>
            <translation>✗ uyğun deyil</translation>
        </message>
        <message>
            <source>? cannot check</source>
            <translation>? yoxlamaq mümkün deyil</translation>
        </message>
        <message>
            <source>⇄ sources disagree</source>
            <translation>⇄ mənbələr uyuşmur</translation>
        </message>
        <message>
            <source>A target, not an outcome.</source>
            <extracomment>what a target, plan or forecast is said to be in its value's tooltip</extracomment>
            <translation>Hədəfdir, faktiki nəticə deyil.</translation>
        </message>
        <message>
            <source>A plan, not an outcome.</source>
            <translation>Plandır, faktiki nəticə deyil.</translation>
        </message>
        <message>
            <source>A forecast, not an outcome.</source>
            <translation>Proqnozdur, faktiki nəticə deyil.</translation>
        </message>
        <message>
            <source>Indicator</source>
            <extracomment>a target, plan or forecast: the value is drawn in this colour and labelled painted after the value of a figure edited since its source gave it (not in its text) how each filterable column is named on screen (header menus, filter chips, tooltips)</extracomment>
            <translation>Göstərici</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Hesabat verən</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Tərəfdaş</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Obyekt</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Vahid</translation>
        </message>
        <message>
            <source>Qualifier</source>
            <translation>Dəqiqlik</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Mənbə</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Dəyər</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Dövr</translation>
        </message>
        <message>
            <source>As the source wrote it: {text}</source>
            <extracomment>a target, plan or forecast (one array per change: cheap per-cell reads) indicator names in the desk's language (as stored where they have no translation) figures whose value was changed by hand (no longer what the source's quote says) what the text search and the source filter read (sources, notes, names; coded) the order of all rows per sort (read-only), kept while these arrays are current store columns :class:`TableData` holds as plain arrays: (column, attribute) the column filters its header offers (:mod:`app.domain.view_filters`)</extracomment>
            <translation>Mənbədə yazıldığı kimi: {text}</translation>
        </message>
        <message>
            <source>Edited: no longer the value the source's quote gives</source>
            <translation>Əllə dəyişdirilib: dəyər artıq mənbədəki sitatla üst-üstə düşmür</translation>
        </message>
        <message>
            <source>Not computed for more than {count} rows: narrow the pair</source>
            <translation>{count} sətirdən çox olduqda hesablanmır: seçimi daraldın</translation>
        </message>
        <message>
            <source>No comparable figure a year earlier</source>
            <translation>Bir il əvvəl üçün müqayisə edilə bilən rəqəm yoxdur</translation>
        </message>
        <message>
            <source>The source claims no growth rate</source>
            <translation>Mənbə artım tempi bildirmir</translation>
        </message>
        <message>
            <source>No quote kept</source>
            <translation>Sitat saxlanmayıb</translation>
        </message>
        <message numerus="yes">
            <source>%n sources give this figure (rows tinted together).</source>
            <translation>
                <numerusform>Bu rəqəmi %n mənbə verir (sətirlər eyni rənglə seçilib).</numerusform>
                <numerusform>Bu rəqəmi %n mənbə verir (sətirlər eyni rənglə seçilib).</numerusform>
            </translation>
        </message>
        <message>
            <source>Reported change</source>
            <translation>Bildirilən dəyişiklik</translation>
        </message>
        <message>
            <source>YoY (same period)</source>
            <translation>İllik (eyni dövr)</translation>
        </message>
        <message>
            <source>Claim check</source>
            <translation>İddianın yoxlanışı</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Qeyd</translation>
        </message>
    </context>
    <context>
        <name>compare_add</name>
        <message>
            <source>— (none)</source>
            <translation>— (yoxdur)</translation>
        </message>
        <message>
            <source>Add series to the comparison</source>
            <translation>Müqayisəyə sıra əlavə et</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Göstərici</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Hesabat verən ölkə</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Tərəfdaş ölkə</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Obyekt</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Dövrlər</translation>
        </message>
        <message>
            <source>The kind with most figures</source>
            <translation>Ən çox dəyəri olan növ</translation>
        </message>
        <message numerus="yes">
            <source>{window} (%n figures)</source>
            <translation>
                <numerusform>{window} (%n dəyər)</numerusform>
                <numerusform>{window} (%n dəyər)</numerusform>
            </translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>aylıq</translation>
        </message>
        <message>
            <source>quarterly</source>
            <translation>rüblük</translation>
        </message>
        <message>
            <source>half-yearly</source>
            <translation>yarımillik</translation>
        </message>
        <message>
            <source>as of dates</source>
            <translation>tarixlərə görə</translation>
        </message>
        <message>
            <source>{months}-month periods</source>
            <translation>{months} aylıq dövrlər</translation>
        </message>
        <message>
            <source>calendar years</source>
            <translation>təqvim illəri</translation>
        </message>
    </context>
    <context>
        <name>compare_items</name>
        <message>
            <source>Circle: full year · triangle: year to date · diamond: quarter, half or month · square: as of a date · hollow: target, plan or forecast · hexagon: derived from other figures</source>
            <extracomment>what the marker shapes mean, in English (shown through :func:`key_text`)</extracomment>
            <translation>Dairə: tam il · üçbucaq: ilin əvvəlindən · romb: rüb, yarımil və ya ay · kvadrat: tarixə · içiboş: hədəf, plan və ya proqnoz · altıbucaq: digər dəyərlərdən hesablanıb</translation>
        </message>
        <message numerus="yes">
            <source>{series}: %n points</source>
            <extracomment>above this many points in all, lines are drawn 1 px wide a hovered marker's text: (x, y, (line, point)) -&gt; tooltip</extracomment>
            <translation>
                <numerusform>{series}: %n nöqtə</numerusform>
                <numerusform>{series}: %n nöqtə</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n units ({units}): one chart holds two, so each series has its own panel.</source>
            <extracomment>marker styles of a series: (hollow, derived) -&gt; the scatter drawing those points the items of each series on one chart: its axis ("left", "right") and items small multiples: each series' plot and items</extracomment>
            <translation>
                <numerusform>%n ölçü vahidi ({units}): bir qrafikdə yalnız iki vahid yerləşir, ona görə də hər sıranın öz paneli var.</numerusform>
                <numerusform>%n ölçü vahidi ({units}): bir qrafikdə yalnız iki vahid yerləşir, ona görə də hər sıranın öz paneli var.</numerusform>
            </translation>
        </message>
        <message>
            <source>Auto (no figures)</source>
            <translation>Avtomatik (dəyər yoxdur)</translation>
        </message>
        <message>
            <source>Auto: {period}</source>
            <translation>Avtomatik: {period}</translation>
        </message>
    </context>
    <context>
        <name>compare_panel</name>
        <message>
            <source>Drag indicators here from the catalogue, or use “Add series…”.</source>
            <translation>Göstəriciləri kataloqdan bura sürükləyin və ya «Sıra əlavə et…» düyməsini basın.</translation>
        </message>
        <message>
            <source>Levels</source>
            <extracomment>the modes as the mode box names them (app.domain.compare.MODE_WORDS, in English)</extracomment>
            <translation>Səviyyələr</translation>
        </message>
        <message>
            <source>Index (base period = 100)</source>
            <translation>İndeks (baza dövrü = 100)</translation>
        </message>
        <message>
            <source>Growth on a year earlier (%)</source>
            <translation>Bir il əvvələ görə artım (%)</translation>
        </message>
        <message>
            <source>Share of a total (%)</source>
            <translation>Cəmdə pay (%)</translation>
        </message>
        <message>
            <source>The period whose figure is 100</source>
            <extracomment>the user changed what is compared or how (a saved view may want to know) a marker was clicked: obs_id (store, generation, series, total, figures, world totals, base choices)</extracomment>
            <translation>Dəyəri 100 qəbul edilən dövr</translation>
        </message>
        <message>
            <source>Each series as a percent of this total, period by period</source>
            <translation>Hər sıra bu cəmin faizi kimi, dövr-dövr</translation>
        </message>
        <message>
            <source>Small multiples</source>
            <translation>Ayrı panellər</translation>
        </message>
        <message>
            <source>One panel per series, sharing the time axis</source>
            <translation>Hər sıra üçün ayrıca panel, ümumi zaman oxu ilə</translation>
        </message>
        <message>
            <source>The compared series (Delete removes the selected ones)</source>
            <translation>Müqayisə edilən sıralar (Delete seçilənləri silir)</translation>
        </message>
        <message>
            <source>Choose indicator, reporter and partner</source>
            <translation>Göstəricini, hesabat verən ölkəni və tərəfdaş ölkəni seçin</translation>
        </message>
        <message>
            <source>Add series…</source>
            <translation>Sıra əlavə et…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Çıxar</translation>
        </message>
        <message>
            <source>Remove the selected series</source>
            <translation>Seçilmiş sıraları çıxar</translation>
        </message>
        <message>
            <source>Remove every series</source>
            <translation>Bütün sıraları çıxar</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Təmizlə</translation>
        </message>
        <message>
            <source>{series} is already compared.</source>
            <translation>{series} artıq müqayisədədir.</translation>
        </message>
        <message>
            <source>No figures of {indicator} for {pair} that are not compared yet.</source>
            <translation>{pair} cütü üçün «{indicator}» göstəricisinin hələ müqayisə edilməyən dəyəri yoxdur.</translation>
        </message>
        <message>
            <source>No figures of {indicator} for no pair chosen that are not compared yet.</source>
            <translation>«{indicator}» göstəricisinin dəyəri yoxdur: ölkə cütü seçilməyib.</translation>
        </message>
        <message>
            <source>of {series}</source>
            <translation>{series} üzrə</translation>
        </message>
        <message>
            <source>Sum of the shown series</source>
            <translation>Göstərilən sıraların cəmi</translation>
        </message>
    </context>
    <context>
        <name>conflicts_panel</name>
        <message>
            <source>Conflict / source</source>
            <translation>Ziddiyyət / mənbə</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Dəyər</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Hesabat verən</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>Üstün tutulan</translation>
        </message>
        <message>
            <source>marked preferred</source>
            <extracomment>why the analytics use the figure they use (app.domain.analytics.conflicts "used_rule")</extracomment>
            <translation>üstün tutulan kimi işarələnib</translation>
        </message>
        <message>
            <source>the latest published</source>
            <translation>ən son dərc edilən</translation>
        </message>
        <message>
            <source>each side's own figure</source>
            <translation>hər tərəfin öz rəqəmi</translation>
        </message>
        <message>
            <source>{spread} % apart</source>
            <extracomment>the widest a source's label opens the first column (pixels); a longer one is shortened in the middle ("Ministry of … (Global Times)") and whole in its tooltip. A conflict's own label is never shortened: the first column is always as wide as the widest.</extracomment>
            <translation>{spread} % fərq</translation>
        </message>
        <message numerus="yes">
            <source>%n sources disagree</source>
            <translation>
                <numerusform>%n mənbə uyğun gəlmir</numerusform>
                <numerusform>%n mənbə uyğun gəlmir</numerusform>
            </translation>
        </message>
        <message>
            <source>The two sides' statistics disagree (mirror figures)</source>
            <translation>İki tərəfin statistikası uyğun gəlmir (güzgü rəqəmləri)</translation>
        </message>
        <message>
            <source>From {low} to {high}, {spread} % apart</source>
            <translation>{low} ilə {high} arasında, {spread} % fərq</translation>
        </message>
        <message>
            <source>From {low} to {high}</source>
            <translation>{low} ilə {high} arasında</translation>
        </message>
        <message>
            <source>Charts and summaries use {value} ({source}): {rule}</source>
            <translation>Qrafiklər və xülasələr {value} ({source}) istifadə edir: {rule}</translation>
        </message>
        <message>
            <source>unknown source</source>
            <translation>naməlum mənbə</translation>
        </message>
        <message>
            <source>Mark preferred</source>
            <extracomment>the user chose a preferred value: the edit to push an observation was selected in the list: obs_id</extracomment>
            <translation>Üstün tutulan kimi işarələ</translation>
        </message>
        <message>
            <source>Use this source's value in charts and summaries (undo with Ctrl+Z)</source>
            <translation>Bu mənbənin dəyərini qrafiklərdə və xülasələrdə istifadə et (Ctrl+Z ilə geri al)</translation>
        </message>
        <message>
            <source>Looking for disagreements…</source>
            <extracomment>the listing describes an earlier store while a rebuild runs: nothing to act on</extracomment>
            <translation>Ziddiyyətlər axtarılır…</translation>
        </message>
        <message numerus="yes">
            <source>Disagreements: %n.</source>
            <translation>
                <numerusform>Ziddiyyətlər: %n.</numerusform>
                <numerusform>Ziddiyyətlər: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Without a preferred value: %n. Select a source and mark it preferred.</source>
            <translation>
                <numerusform>Üstün tutulan dəyəri olmayan: %n. Mənbə seçin və onu üstün tutulan kimi işarələyin.</numerusform>
                <numerusform>Üstün tutulan dəyəri olmayan: %n. Mənbə seçin və onu üstün tutulan kimi işarələyin.</numerusform>
            </translation>
        </message>
        <message>
            <source>The disagreements could not be listed: {error}</source>
            <translation>Ziddiyyətləri siyahıya almaq mümkün olmadı: {error}</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Unexpected error: {summary}</source>
            <extracomment>(summary, details): emitted from any thread, delivered on the GUI thread</extracomment>
            <translation>Gözlənilməz xəta: {summary}</translation>
        </message>
    </context>
    <context>
        <name>crash_dialog</name>
        <message>
            <source>Your edits are safe: Corridor saves each one to the workspace as you make it. You can keep working; if something looks wrong, restart Corridor. To report the problem, copy the details below and attach the log file.</source>
            <translation>Düzəlişləriniz təhlükəsizdir: Corridor hər birini edildiyi anda iş sahəsinə yazır. İşə davam edə bilərsiniz; nəsə düzgün görünmürsə, Corridor-u yenidən başladın. Problem barədə məlumat vermək üçün aşağıdakı təfərrüatları kopyalayın və jurnal faylını əlavə edin.</translation>
        </message>
        <message>
            <source>Edits made before the crash are in the workspace: Corridor saves each one as you make it. The details below are what Python wrote as the program stopped (often inside Qt or another library); please copy them into a report with the log file.</source>
            <translation>Qəzadan əvvəl edilən düzəlişlər iş sahəsindədir: Corridor hər birini edildiyi anda saxlayır. Aşağıdakı təfərrüatlar proqram dayanarkən Python-un yazdıqlarıdır (çox vaxt Qt və ya başqa kitabxananın daxilində); onları jurnal faylı ilə birlikdə hesabata kopyalayın.</translation>
        </message>
        <message>
            <source>Something went wrong:</source>
            <translation>Nəsə səhv getdi:</translation>
        </message>
        <message>
            <source>Corridor stopped unexpectedly the last time it ran:</source>
            <translation>Corridor son işləyərkən gözlənilmədən dayandı:</translation>
        </message>
        <message>
            <source>Corridor: unexpected error</source>
            <translation>Corridor: gözlənilməz xəta</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>Jurnal faylı: {path}</translation>
        </message>
        <message>
            <source>No log file (logging is off).</source>
            <translation>Jurnal faylı yoxdur (jurnal yazılması söndürülüb).</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Təfərrüatları kopyala</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopyalandı</translation>
        </message>
        <message>
            <source>--- and then ---</source>
            <translation>--- və sonra ---</translation>
        </message>
    </context>
    <context>
        <name>derive_dialog</name>
        <message>
            <source>year</source>
            <extracomment>the target frequencies and aggregations: (title, the parameter's value)</extracomment>
            <translation>il</translation>
        </message>
        <message>
            <source>half</source>
            <translation>yarımil</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>rüb</translation>
        </message>
        <message>
            <source>sum</source>
            <translation>cəm</translation>
        </message>
        <message>
            <source>last</source>
            <translation>son dəyər</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>orta</translation>
        </message>
        <message>
            <source>{reporter} (no partner)</source>
            <translation>{reporter} (tərəfdaşsız)</translation>
        </message>
        <message>
            <source>Derive a series</source>
            <translation>Törəmə sıra hesabla</translation>
        </message>
        <message>
            <source>Add input</source>
            <translation>Giriş sırası əlavə et</translation>
        </message>
        <message>
            <source>Remove input</source>
            <translation>Giriş sırasını çıxar</translation>
        </message>
        <message>
            <source>what to call it (default from the rule)</source>
            <translation>adı (standart olaraq qaydadan)</translation>
        </message>
        <message>
            <source>Restart every January</source>
            <translation>Hər yanvarda yenidən başla</translation>
        </message>
        <message>
            <source>Periods back</source>
            <translation>Neçə dövr əvvəl</translation>
        </message>
        <message>
            <source>From period</source>
            <translation>Başlanğıc dövr</translation>
        </message>
        <message>
            <source>To period</source>
            <translation>Son dövr</translation>
        </message>
        <message>
            <source>Target frequency</source>
            <translation>Hədəf dövrilik</translation>
        </message>
        <message>
            <source>Window (months)</source>
            <translation>Pəncərə (ay)</translation>
        </message>
        <message>
            <source>Aggregation</source>
            <translation>Aqreqasiya</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Növ</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Giriş sıraları</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>Düstur</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Output indicator</source>
            <translation>Nəticə göstəricisi</translation>
        </message>
        <message>
            <source>First derived figures:</source>
            <translation>İlk hesablanmış dəyərlər:</translation>
        </message>
        <message>
            <source>{figures}, {gaps}, in {unit} → {output} (stored as derived)</source>
            <translation>{figures}, {gaps}, vahid: {unit} → {output} (törəmə sıra kimi saxlanılır)</translation>
        </message>
        <message>
            <source>no unit</source>
            <translation>yoxdur</translation>
        </message>
        <message numerus="yes">
            <source>%n figure</source>
            <translation>
                <numerusform>%n dəyər</numerusform>
                <numerusform>%n dəyər</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n figures</source>
            <translation>
                <numerusform>%n dəyər</numerusform>
                <numerusform>%n dəyər</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gap</source>
            <translation>
                <numerusform>%n boşluq</numerusform>
                <numerusform>%n boşluq</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gaps</source>
            <translation>
                <numerusform>%n boşluq</numerusform>
                <numerusform>%n boşluq</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>derived_series_dialog</name>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Qayda</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Nəticə</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Dəyərlər</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Qeyd</translation>
        </message>
        <message>
            <source>Derived series</source>
            <translation>Törəmə sıralar</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Sil</translation>
        </message>
        <message>
            <source>Remove the selected derived series and its figures</source>
            <translation>Seçilmiş törəmə sıranı dəyərləri ilə birlikdə sil</translation>
        </message>
        <message>
            <source>Re&amp;compute all</source>
            <translation>Hamısını yenidən &amp;hesabla</translation>
        </message>
        <message>
            <source>Compute every derived series again from its inputs</source>
            <translation>Bütün törəmə sıraları giriş məlumatlarından yenidən hesabla</translation>
        </message>
        <message>
            <source>No derived series are stored. Edit &gt; Derive series… adds one.</source>
            <translation>Saxlanmış törəmə sıra yoxdur. Əlavə etmək üçün: Redaktə &gt; Sıra hesabla…</translation>
        </message>
        <message>
            <source>Not removed: {error}.</source>
            <translation>Silinmədi: {error}.</translation>
        </message>
        <message>
            <source>{change} (Ctrl+Z undoes it).</source>
            <translation>{change} (Ctrl+Z ilə geri alınır).</translation>
        </message>
        <message>
            <source>Not recomputed: {error}.</source>
            <translation>Yenidən hesablanmadı: {error}.</translation>
        </message>
        <message>
            <source>Derived series are up to date.</source>
            <translation>Törəmə sıralar aktualdır.</translation>
        </message>
    </context>
    <context>
        <name>dock_panel_parts</name>
        <message>
            <source>none</source>
            <translation>yoxdur</translation>
        </message>
    </context>
    <context>
        <name>edit_actions</name>
        <message>
            <source>Data files (*.csv *.tsv *.txt *.xlsx *.parquet);;All files (*)</source>
            <translation>Məlumat faylları (*.csv *.tsv *.txt *.xlsx *.parquet);;Bütün fayllar (*)</translation>
        </message>
        <message>
            <source>Select the rows to delete first.</source>
            <translation>Əvvəlcə silinəcək sətirləri seçin.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n observation(s)? (Undo restores them.)</source>
            <translation>
                <numerusform>%n müşahidə silinsin? (Geri al əmri onları bərpa edir.)</numerusform>
                <numerusform>%n müşahidə silinsin? (Geri al əmri onları bərpa edir.)</numerusform>
            </translation>
        </message>
        <message>
            <source>1 of them is a figure of a derived series: recomputing the series puts it back. Edit &gt; Derived series… removes a series with its figures.</source>
            <translation>Onlardan biri törəmə sıranın dəyəridir: sıra yenidən hesablananda o geri qayıdır. Sıranı dəyərləri ilə birlikdə silmək üçün: Redaktə &gt; Törəmə sıralar…</translation>
        </message>
        <message numerus="yes">
            <source>%n of them are figures of a derived series: recomputing the series puts them back. Edit &gt; Derived series… removes a series with its figures.</source>
            <translation>
                <numerusform>Onlardan %n törəmə sıranın dəyəridir: sıra yenidən hesablananda onlar geri qayıdır. Sıranı dəyərləri ilə birlikdə silmək üçün: Redaktə &gt; Törəmə sıralar…</numerusform>
                <numerusform>Onlardan %n törəmə sıranın dəyərləridir: sıra yenidən hesablananda onlar geri qayıdır. Sıranı dəyərləri ilə birlikdə silmək üçün: Redaktə &gt; Törəmə sıralar…</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete observations</source>
            <translation>Müşahidələrin silinməsi</translation>
        </message>
        <message>
            <source>Import figures</source>
            <translation>Məlumatların idxalı</translation>
        </message>
        <message>
            <source>Imported from {file}: {change}</source>
            <translation>{file} faylından idxal edildi: {change}</translation>
        </message>
    </context>
    <context>
        <name>event_dialog</name>
        <message>
            <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>İİİİ, İİİİ-AA və ya İİİİ-AA-GG</translation>
        </message>
        <message>
            <source>The date must be {hint}.</source>
            <translation>Tarix {hint} formatında olmalıdır.</translation>
        </message>
        <message>
            <source>The end date must be {hint}, or empty.</source>
            <translation>Bitmə tarixi {hint} formatında və ya boş olmalıdır.</translation>
        </message>
        <message>
            <source>The event ends before it starts.</source>
            <translation>Hadisə başlamazdan əvvəl bitir.</translation>
        </message>
        <message>
            <source>Give the event a title.</source>
            <translation>Hadisəyə ad verin.</translation>
        </message>
        <message>
            <source>Countries are ISO alpha-3 codes separated by spaces (not {code}).</source>
            <translation>Ölkələr boşluqla ayrılmış ISO alpha-3 kodları ilə göstərilir ({code} yox).</translation>
        </message>
        <message>
            <source>Choose a stored source from the list, or leave it empty.</source>
            <translation>Siyahıdan saxlanmış mənbəni seçin və ya boş saxlayın.</translation>
        </message>
        <message>
            <source>The source is not stored in this workspace.</source>
            <translation>Bu mənbə bu iş sahəsində saxlanmayıb.</translation>
        </message>
        <message>
            <source>Edit event</source>
            <translation>Hadisəni redaktə et</translation>
        </message>
        <message>
            <source>Add annotation</source>
            <translation>Qeyd əlavə et</translation>
        </message>
        <message>
            <source>The source's words, verbatim (optional)</source>
            <translation>Mənbənin sözləri hərfi-hərfinə (istəyə görə)</translation>
        </message>
        <message>
            <source>Link to the indicator “{name}”</source>
            <translation>“{name}” göstəricisi ilə əlaqələndir</translation>
        </message>
        <message>
            <source>none: the user's own annotation</source>
            <translation>yoxdur: istifadəçinin öz qeydi</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarix</translation>
        </message>
        <message>
            <source>Until (optional)</source>
            <translation>Bitmə tarixi (istəyə görə)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Növ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Başlıq</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Ölkələr</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Mənbə</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Sitat</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Qeyd</translation>
        </message>
        <message>
            <source>Not added: {error}</source>
            <extracomment>the dialog open now (tests fill it in)</extracomment>
            <translation>Əlavə edilmədi: {error}</translation>
        </message>
        <message>
            <source>Deleted “{title}” (Undo brings it back).</source>
            <translation>“{title}” silindi (geri alma onu qaytarır).</translation>
        </message>
    </context>
    <context>
        <name>event_painter</name>
        <message>
            <source>visit</source>
            <extracomment>colour and marker shape of each event type, on screen and in documents shapes that are strokes only (nothing inside to fill) the shaded band of an event with a range (one colour: one batched call for all bands) size of an event marker (pixels at 96 dpi) and the lanes they stack in where they crowd the event types as the desk names them (the words of app.domain.events.EVENT_TYPE_WORDS); the chart's strip and legend, the event dialog and the extraction's events tab share it</extracomment>
            <translation>səfər</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>saziş</translation>
        </message>
        <message>
            <source>forum</source>
            <translation>forum</translation>
        </message>
        <message>
            <source>opening</source>
            <translation>açılış</translation>
        </message>
        <message>
            <source>sanction</source>
            <translation>sanksiya</translation>
        </message>
        <message>
            <source>tariff change</source>
            <translation>tarif dəyişikliyi</translation>
        </message>
        <message>
            <source>crisis</source>
            <translation>böhran</translation>
        </message>
        <message>
            <source>annotation</source>
            <translation>qeyd</translation>
        </message>
    </context>
    <context>
        <name>export_actions</name>
        <message>
            <source>Export summary</source>
            <translation>Xülasənin ixracı</translation>
        </message>
        <message>
            <source>Could not write {path}: {error}</source>
            <translation>{path} yazıla bilmədi: {error}</translation>
        </message>
        <message>
            <source>Summary written to {path}</source>
            <translation>Xülasə {path} faylına yazıldı</translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message>
            <source>Note — one to two pages</source>
            <extracomment>the template box's entries, in the order of TEMPLATES (shown translated)</extracomment>
            <translation>Arayış — bir-iki səhifə</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dosye</translation>
        </message>
        <message>
            <source>Table of figures</source>
            <translation>Dəyərlər cədvəli</translation>
        </message>
        <message>
            <source>Export briefing</source>
            <translation>Arayışın ixracı</translation>
        </message>
        <message>
            <source>any, e.g. 2020</source>
            <translation>istənilən, məs. 2020</translation>
        </message>
        <message>
            <source>any, e.g. 2025-10</source>
            <translation>istənilən, məs. 2025-10</translation>
        </message>
        <message>
            <source>Include charts</source>
            <translation>Qrafikləri daxil et</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Seç…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>İxrac et</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bağla</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>Cüt</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Başlanğıc</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Son</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Şablon</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fayl</translation>
        </message>
        <message>
            <source>Cannot build the briefing: {error}</source>
            <translation>Arayış hazırlana bilmir: {error}</translation>
        </message>
        <message>
            <source>Building the preview…</source>
            <translation>İlkin baxış hazırlanır…</translation>
        </message>
        <message>
            <source>Cannot export: {error}</source>
            <translation>İxrac mümkün deyil: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Briefing written to {path} (%Ln bytes)</source>
            <translation>
                <numerusform>Arayış {path} faylına yazıldı (%Ln bayt)</numerusform>
                <numerusform>Arayış {path} faylına yazıldı (%Ln bayt)</numerusform>
            </translation>
        </message>
        <message>
            <source>The briefing was not written: {error}</source>
            <translation>Arayış yazılmadı: {error}</translation>
        </message>
    </context>
    <context>
        <name>export_indicators</name>
        <message>
            <source>Indicator</source>
            <extracomment>the columns: the indicator (in the briefing) and whether it gets a chart</extracomment>
            <translation>Göstərici</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Qrafik</translation>
        </message>
    </context>
    <context>
        <name>extract_dialog</name>
        <message>
            <source>Add figures from text</source>
            <extracomment>Texts longer than this are read in the task runner.</extracomment>
            <translation>Mətndən rəqəmlər əlavə et</translation>
        </message>
        <message>
            <source>Paste a press item here, or drop a .txt file.</source>
            <translation>Mətbuat materialını bura yapışdırın və ya .txt faylını sürükləyin.</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Nəşr edən</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Dərc tarixi</translation>
        </message>
        <message>
            <source>Find figures</source>
            <translation>Rəqəmləri tap</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Rəqəmlər</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>İddialar</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Hadisələr</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Layihələr</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Qəbul et</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rədd et</translation>
        </message>
        <message>
            <source>Accept all</source>
            <translation>Hamısını qəbul et</translation>
        </message>
        <message>
            <source>Reading the text…</source>
            <translation>Mətn oxunur…</translation>
        </message>
        <message>
            <source>Could not read the text: {error}</source>
            <translation>Mətni oxumaq mümkün olmadı: {error}</translation>
        </message>
        <message>
            <source>{figures} figures found, {duplicates} already stored; {claims} claims, {events} events, {facts} project facts. Relative periods (“this year”) are read against {date}; set Published to the article's date.</source>
            <translation>Tapılan rəqəmlər: {figures}, onlardan artıq saxlanmış: {duplicates}; iddialar: {claims}, hadisələr: {events}, layihə faktları: {facts}. Nisbi dövrlər (“bu il”) {date} tarixinə görə oxunur; “Dərc tarixi” sahəsində məqalənin tarixini göstərin.</translation>
        </message>
        <message>
            <source>{figures} figures found; {claims} claims, {events} events, {facts} project facts. Relative periods (“this year”) are read against {date}; set Published to the article's date.</source>
            <translation>Tapılan rəqəmlər: {figures}; iddialar: {claims}, hadisələr: {events}, layihə faktları: {facts}. Nisbi dövrlər (“bu il”) {date} tarixinə görə oxunur; “Dərc tarixi” sahəsində məqalənin tarixini göstərin.</translation>
        </message>
    </context>
    <context>
        <name>extract_models</name>
        <message>
            <source>Type</source>
            <extracomment>column titles in English, marked for the catalogue in the context "extract_models"</extracomment>
            <translation>Növ</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>İddia</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Dövr</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Dəyər</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Vəziyyət</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parametrlər</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarix</translation>
        </message>
        <message>
            <source>How found</source>
            <translation>Necə tapılıb</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Başlıq</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Ölkələr</translation>
        </message>
        <message>
            <source>stated</source>
            <translation>mətndə göstərilib</translation>
        </message>
        <message>
            <source>count: {count} — a claim, not a project</source>
            <translation>say: {count} — bu, layihə deyil, iddiadır</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Texnologiya</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Güc</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Mərhələ</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Şirkətlər</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Say</translation>
        </message>
        <message>
            <source>unnamed</source>
            <translation>adsız</translation>
        </message>
        <message>
            <source>{stage} (expected)</source>
            <translation>{stage} (gözlənilir)</translation>
        </message>
    </context>
    <context>
        <name>fetch_actions</name>
        <message>
            <source>Choose an indicator in the catalogue first, then refresh it.</source>
            <translation>Əvvəlcə kataloqda göstərici seçin, sonra onu yeniləyin.</translation>
        </message>
        <message>
            <source>{indicator} for {pair} was not fetched from a portal, so there is nothing to refresh ({menu} fetches it).</source>
            <translation>{pair} üçün {indicator} portaldan yüklənməyib, ona görə yeniləmək üçün heç nə yoxdur (yükləmək üçün: {menu}).</translation>
        </message>
        <message>
            <source>Refreshed 1 fetched query: {changed} with changes, {failed} failed.</source>
            <translation>1 yükləmə sorğusu yeniləndi: dəyişikliklə — {changed}, uğursuz — {failed}.</translation>
        </message>
        <message>
            <source>Refreshed 1 fetched query: {changed} with changes.</source>
            <translation>1 yükləmə sorğusu yeniləndi: dəyişikliklə — {changed}.</translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %n fetched queries: {changed} with changes, {failed} failed.</source>
            <translation>
                <numerusform>%n yükləmə sorğusu yeniləndi: dəyişikliklə — {changed}, uğursuz — {failed}.</numerusform>
                <numerusform>%n yükləmə sorğusu yeniləndi: dəyişikliklə — {changed}, uğursuz — {failed}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %n fetched queries: {changed} with changes.</source>
            <translation>
                <numerusform>%n yükləmə sorğusu yeniləndi: dəyişikliklə — {changed}.</numerusform>
                <numerusform>%n yükləmə sorğusu yeniləndi: dəyişikliklə — {changed}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fetch_dialog</name>
        <message>
            <source>Fetch from a portal</source>
            <translation>Portaldan yükləmə</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>Ö&amp;nizləmə</translation>
        </message>
        <message>
            <source>Ask the portal and show what would be imported</source>
            <translation>Portala sorğu göndər və nəyin idxal ediləcəyini göstər</translation>
        </message>
        <message>
            <source>Cancel &amp;download</source>
            <translation>Yükləməni &amp;dayandır</translation>
        </message>
        <message>
            <source>Stop asking the portal; nothing is stored</source>
            <translation>Portala sorğunu dayandır; heç nə saxlanılmır</translation>
        </message>
        <message>
            <source>&amp;Browse dataflows…</source>
            <translation>Məlumat axınlarına &amp;bax…</translation>
        </message>
        <message>
            <source>List the agency's dataflows; pick one and its codes</source>
            <translation>Qurumun məlumat axınlarını göstər; birini və onun kodlarını seçin</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Axtar…</translation>
        </message>
        <message>
            <source>Search the World Bank's indicators by words</source>
            <translation>Dünya Bankının göstəricilərini sözlərə görə axtar</translation>
        </message>
        <message>
            <source>Choose what to fetch, then Preview: nothing is stored before Import.</source>
            <translation>Nəyi yükləyəcəyinizi seçin, sonra «Önizləmə»ni basın: idxaldan əvvəl heç nə saxlanılmır.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;İdxal et</translation>
        </message>
        <message>
            <source>First rows as they will be stored</source>
            <translation>Saxlanılacaq şəkildə ilk sətirlər</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemlər</translation>
        </message>
        <message>
            <source>Figures already stored</source>
            <translation>Artıq saxlanılmış dəyərlər</translation>
        </message>
        <message>
            <source>Asking {portal} for {request}…</source>
            <translation>{portal} sorğulanır: {request}…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln figures read from {publisher}; {skipped} rows skipped ({errors} errors).</source>
            <translation>
                <numerusform>{publisher}: %Ln dəyər oxundu; {skipped} sətir ötürüldü ({errors} xəta).</numerusform>
                <numerusform>{publisher}: %Ln dəyər oxundu; {skipped} sətir ötürüldü ({errors} xəta).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln figures read from {publisher}.</source>
            <translation>
                <numerusform>{publisher}: %Ln dəyər oxundu.</numerusform>
                <numerusform>{publisher}: %Ln dəyər oxundu.</numerusform>
            </translation>
        </message>
        <message>
            <source>the portal</source>
            <translation>portal</translation>
        </message>
        <message>
            <source>Query: {url} (+{more} more)</source>
            <translation>Sorğu: {url} (və daha {more})</translation>
        </message>
        <message>
            <source>Query: {url}</source>
            <translation>Sorğu: {url}</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Qeyd: {note}</translation>
        </message>
        <message>
            <source>&amp;Import, skipping bad rows</source>
            <translation>&amp;İdxal et, xətalı sətirləri ötür</translation>
        </message>
        <message>
            <source>Download cancelled; nothing was stored.</source>
            <translation>Yükləmə dayandırıldı; heç nə saxlanılmadı.</translation>
        </message>
        <message>
            <source>Nothing was fetched.</source>
            <translation>Heç nə yüklənmədi.</translation>
        </message>
        <message>
            <source>The query changed: Preview again to see what it fetches.</source>
            <translation>Sorğu dəyişdi: nəyi yüklədiyini görmək üçün yenidən «Önizləmə»ni basın.</translation>
        </message>
        <message>
            <source>Fetched from {portal}: {summary}</source>
            <translation>{portal} mənbəsindən yükləndi: {summary}</translation>
        </message>
    </context>
    <context>
        <name>fetch_form</name>
        <message>
            <source>Reporter: the country whose figures these are</source>
            <extracomment>makes the HTTP client of one fetch (tests give short timeouts and no backoff sleeps) any field changed (a shown preview no longer matches the form)</extracomment>
            <translation>Hesabat verən ölkə: bu rəqəmlərin aid olduğu ölkə</translation>
        </message>
        <message>
            <source>Partner (optional): the other country of the pair</source>
            <translation>Tərəfdaş ölkə (istəyə görə): cütün digər ölkəsi</translation>
        </message>
        <message>
            <source>The portal's indicator codes, separated by commas or spaces</source>
            <translation>Portalın göstərici kodları, vergül və ya boşluqla ayrılmış</translation>
        </message>
        <message>
            <source>2000 or 2024-01</source>
            <translation>2000 və ya 2024-01</translation>
        </message>
        <message>
            <source>2024 or 2024-10</source>
            <translation>2024 və ya 2024-10</translation>
        </message>
        <message>
            <source>Options of this source</source>
            <translation>Bu mənbənin parametrləri</translation>
        </message>
        <message>
            <source>KEY=VALUE, KEY=VALUE</source>
            <translation>AÇAR=DƏYƏR, AÇAR=DƏYƏR</translation>
        </message>
        <message>
            <source>Any other option the connector reads, as KEY=VALUE pairs</source>
            <translation>Konnektorun oxuduğu istənilən digər parametr, AÇAR=DƏYƏR cütləri şəklində</translation>
        </message>
        <message>
            <source>More options</source>
            <translation>Digər parametrlər</translation>
        </message>
        <message>
            <source>Subscription key</source>
            <translation>Abunə açarı</translation>
        </message>
        <message>
            <source>Used for this fetch; kept only in the system keyring if you tick the box, never in the settings or the workspace</source>
            <translation>Bu yükləmə üçün istifadə olunur; qutu işarələnərsə, yalnız sistemin açar anbarında saxlanılır, heç vaxt parametrlərdə və ya iş sahəsində saxlanılmır</translation>
        </message>
        <message>
            <source>Remember in the system keyring</source>
            <translation>Sistemin açar anbarında yadda saxla</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Mənbə</translation>
        </message>
        <message>
            <source>with</source>
            <translation>ilə</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>Cüt</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Göstəricilər</translation>
        </message>
        <message>
            <source>to</source>
            <translation>—</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dövr</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Tezlik</translation>
        </message>
        <message>
            <source>{source}: no limits stated.</source>
            <translation>{source}: məhdudiyyətlər göstərilməyib.</translation>
        </message>
        <message>
            <source>{source} takes no indicator codes: the options below say what to fetch.</source>
            <translation>{source} göstərici kodlarını qəbul etmir: nəyin yüklənəcəyini aşağıdakı parametrlər müəyyən edir.</translation>
        </message>
        <message>
            <source>key stored in {keyring}</source>
            <translation>açar {keyring} daxilində saxlanılır</translation>
        </message>
        <message>
            <source>A key is stored in {keyring}; type another to use it instead.</source>
            <translation>Açar {keyring} daxilində saxlanılır; onun əvəzinə başqasını istifadə etmək üçün yenisini daxil edin.</translation>
        </message>
        <message>
            <source>subscription key (optional)</source>
            <translation>abunə açarı (istəyə görə)</translation>
        </message>
        <message>
            <source>Without a key the public endpoint is used.</source>
            <translation>Açar olmadan ictimai giriş nöqtəsi istifadə olunur.</translation>
        </message>
        <message>
            <source>Reporter: give an ISO alpha-3 code such as CHN, not {code}</source>
            <translation>Hesabat verən ölkə: {code} deyil, CHN kimi ISO alpha-3 kodu göstərin</translation>
        </message>
        <message>
            <source>Partner: give an ISO alpha-3 code such as CHN, not {code}</source>
            <translation>Tərəfdaş ölkə: {code} deyil, CHN kimi ISO alpha-3 kodu göstərin</translation>
        </message>
        <message>
            <source>Not remembered: {reason}.</source>
            <translation>Yadda saxlanılmadı: {reason}.</translation>
        </message>
        <message>
            <source>The key is kept in {keyring}.</source>
            <translation>Açar {keyring} daxilində saxlanılır.</translation>
        </message>
    </context>
    <context>
        <name>fetch_options</name>
        <message>
            <source>Dataflow</source>
            <translation>Məlumat axını</translation>
        </message>
        <message>
            <source>IMF.STA:IMTS or ECB:EXR</source>
            <translation>IMF.STA:IMTS və ya ECB:EXR</translation>
        </message>
        <message>
            <source>The agency's dataflow (agency:id, or the id alone)</source>
            <translation>Qurumun məlumat axını (qurum:id və ya yalnız id)</translation>
        </message>
        <message>
            <source>Series key</source>
            <translation>Sıra açarı</translation>
        </message>
        <message>
            <source>The dimensions' codes joined by dots, in the dataflow's order; an empty part takes every code and + joins several (A.USA.XG_FOB_USD+MG_CIF_USD.CHN). For the IMF, an empty dataflow asks its bilateral trade (IMTS) for the pair above</source>
            <translation>Ölçülərin kodları nöqtə ilə, məlumat axınının ardıcıllığında; boş hissə bütün kodları götürür, + isə bir neçəsini birləşdirir (A.USA.XG_FOB_USD+MG_CIF_USD.CHN). BVF üçün boş məlumat axını yuxarıdakı cüt üzrə ikitərəfli ticarəti (IMTS) sorğulayır</translation>
        </message>
        <message>
            <source>Flows</source>
            <extracomment>the options each connector takes, by registry name (SDMX services share theirs)</extracomment>
            <translation>Axınlar</translation>
        </message>
        <message>
            <source>M imports, X exports, RM re-imports, RX re-exports; separated by commas</source>
            <translation>M idxal, X ixrac, RM təkrar idxal, RX təkrar ixrac; vergüllə ayrılmış</translation>
        </message>
        <message>
            <source>Commodities</source>
            <translation>Mallar</translation>
        </message>
        <message>
            <source>TOTAL for all goods, AG2 for every HS chapter, or HS codes such as 27,84</source>
            <translation>TOTAL bütün mallar üçün, AG2 hər HS fəsli üçün və ya 27,84 kimi HS kodları</translation>
        </message>
        <message>
            <source>Both directions</source>
            <translation>Hər iki istiqamət</translation>
        </message>
        <message>
            <source>1: also ask the partner's customs about the reporter (the mirror figures); 0: the reporter's customs only</source>
            <translation>1: tərəfdaş ölkənin gömrüyündən də hesabat verən ölkə barədə sorğu (güzgü rəqəmləri); 0: yalnız hesabat verən ölkənin gömrüyü</translation>
        </message>
        <message>
            <source>Annual</source>
            <extracomment>(name, SDMX/portal code) of the frequencies a fetch can ask for</extracomment>
            <translation>İllik</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Rüblük</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Aylıq</translation>
        </message>
        <message>
            <source>More options: write KEY=VALUE, not {part}</source>
            <translation>Digər parametrlər: {part} deyil, AÇAR=DƏYƏR yazın</translation>
        </message>
    </context>
    <context>
        <name>history_panel</name>
        <message>
            <source>When</source>
            <extracomment>the columns of the list (English, translated where shown)</extracomment>
            <translation>Nə vaxt</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kim</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Əməliyyat</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Dəyər</translation>
        </message>
        <message>
            <source>Qualifier</source>
            <translation>Dəqiqlik</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Dövr</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>edit</source>
            <extracomment>how a state came about (keys of app.domain.history.ACTION_WORDS)</extracomment>
            <translation>redaktə</translation>
        </message>
        <message>
            <source>import</source>
            <translation>idxal</translation>
        </message>
        <message>
            <source>fetch</source>
            <translation>portaldan yükləmə</translation>
        </message>
        <message>
            <source>accepted from text</source>
            <translation>mətndən qəbul edilib</translation>
        </message>
        <message>
            <source>restore</source>
            <translation>bərpa</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>geri alma</translation>
        </message>
        <message>
            <source>added by hand</source>
            <translation>əl ilə əlavə edilib</translation>
        </message>
        <message>
            <source>derived</source>
            <translation>hesablanıb</translation>
        </message>
        <message>
            <source>Restore this state</source>
            <extracomment>a state was restored (the obs_id) the dock it sits in, once installed (install_history_panel)</extracomment>
            <translation>Bu vəziyyəti bərpa et</translation>
        </message>
        <message>
            <source>Bring back the selected state's values as a new edit (Undo takes it back)</source>
            <translation>Seçilmiş vəziyyətin dəyərlərini yeni redaktə kimi qaytar (Geri al əmri onu ləğv edir)</translation>
        </message>
        <message>
            <source>Select a figure to see its history.</source>
            <translation>Tarixçəsini görmək üçün dəyər seçin.</translation>
        </message>
        <message>
            <source>The history could not be read: {error}</source>
            <translation>Tarixçəni oxumaq mümkün olmadı: {error}</translation>
        </message>
        <message>
            <source>Figure {id}: {name}, {pair}, {period}</source>
            <translation>Dəyər {id}: {name}, {pair}, {period}</translation>
        </message>
        <message numerus="yes">
            <source>%n states, newest first</source>
            <translation>
                <numerusform>%n vəziyyət, əvvəlcə ən yeniləri</numerusform>
                <numerusform>%n vəziyyət, əvvəlcə ən yeniləri</numerusform>
            </translation>
        </message>
        <message>
            <source>{action} (current)</source>
            <translation>{action} (cari)</translation>
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation>Bərpa edilmədi: {reason}</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Tarixçə</translation>
        </message>
    </context>
    <context>
        <name>import_dialog</name>
        <message>
            <source>Import {file}</source>
            <extracomment>the format offered when detection fails: the generic table lets the user map columns</extracomment>
            <translation>İdxal: {file}</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Parametrlər</translation>
        </message>
        <message>
            <source>Read again</source>
            <translation>Yenidən oxu</translation>
        </message>
        <message>
            <source>Stop reading</source>
            <translation>Oxumağı dayandır</translation>
        </message>
        <message>
            <source>Units not recognised: type what each series is in</source>
            <translation>Ölçü vahidləri tanınmadı: hər sıranın vahidini yazın</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fayl</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Figures already stored</source>
            <translation>Artıq saxlanılmış dəyərlər</translation>
        </message>
        <message>
            <source>First rows as they will be stored</source>
            <translation>Saxlanılacaq şəkildə ilk sətirlər</translation>
        </message>
        <message>
            <source>Problems (file, first lines, column)</source>
            <translation>Problemlər (fayl, ilk sətirlər, sütun)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Oxunur…</translation>
        </message>
        <message>
            <source>{format}  (detected)</source>
            <translation>{format}  (aşkarlandı)</translation>
        </message>
        <message numerus="yes">
            <source>%n observations read from {publisher}; {skipped} rows skipped ({errors} errors), {empty} empty cells.</source>
            <translation>
                <numerusform>{publisher}: %n dəyər oxundu; {skipped} sətir ötürüldü ({errors} xəta), {empty} boş xana.</numerusform>
                <numerusform>{publisher}: %n dəyər oxundu; {skipped} sətir ötürüldü ({errors} xəta), {empty} boş xana.</numerusform>
            </translation>
        </message>
        <message>
            <source>the file</source>
            <translation>fayl</translation>
        </message>
        <message>
            <source>Import, skipping bad rows</source>
            <translation>İdxal et, xətalı sətirləri ötür</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>İdxal et</translation>
        </message>
        <message>
            <source>Cannot import: {reason}</source>
            <translation>İdxal mümkün deyil: {reason}</translation>
        </message>
        <message>
            <source>Reading stopped; nothing was imported.</source>
            <translation>Oxuma dayandırıldı; heç nə idxal edilmədi.</translation>
        </message>
        <message>
            <source>Cannot import yet: {problem}</source>
            <translation>Hələ idxal etmək olmur: {problem}</translation>
        </message>
    </context>
    <context>
        <name>import_preview_model</name>
        <message>
            <source>Indicator</source>
            <translation>Göstərici</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Hesabat verən ölkə</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Tərəfdaş ölkə</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Obyekt</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Dövr</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Dəyər</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ölçü vahidi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Qeyd</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fayl</translation>
        </message>
        <message>
            <source>First line</source>
            <translation>İlk sətir</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Sütun</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Ciddilik</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>error</source>
            <extracomment>a problem's severity as the Severity column says it</extracomment>
            <translation>xəta</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>xəbərdarlıq</translation>
        </message>
        <message>
            <source>info</source>
            <translation>məlumat</translation>
        </message>
        <message>
            <source>Keep both, as separate sources</source>
            <extracomment>what the import and fetch dialogs offer for figures already stored, in their order (the desk's own words, so they are translated; the services' CLI words stay English)</extracomment>
            <translation>Hər ikisini ayrı mənbələr kimi saxla</translation>
        </message>
        <message>
            <source>Replace the stored figures</source>
            <translation>Saxlanılmış dəyərləri əvəz et</translation>
        </message>
        <message>
            <source>Skip figures already stored</source>
            <translation>Artıq saxlanılmış dəyərləri ötür</translation>
        </message>
    </context>
    <context>
        <name>import_units</name>
        <message>
            <source>Indicator</source>
            <translation>Göstərici</translation>
        </message>
        <message>
            <source>Unit as written</source>
            <translation>Yazıldığı kimi vahid</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Sətirlər</translation>
        </message>
        <message>
            <source>Corridor unit (type, e.g. EUR mn)</source>
            <translation>Corridor vahidi (yazın, məs. EUR mn)</translation>
        </message>
    </context>
    <context>
        <name>indicator_dialog</name>
        <message>
            <source>Edit indicator</source>
            <extracomment>what a code may hold: letters, digits and _ . : - (it is typed in files and commands)</extracomment>
            <translation>Göstəricinin redaktəsi</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>Yeni göstərici</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>məsələn: {example}</translation>
        </message>
        <message>
            <source>Figures carry the code: it cannot be changed</source>
            <translation>Kod hər dəyərdə saxlanılır: onu dəyişmək olmaz</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Vahid</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Növ</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Mövzu</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Təsvir</translation>
        </message>
        <message>
            <source>One figure of this indicator is stored in another unit; it is not converted.</source>
            <translation>Bu göstəricinin bir dəyəri başqa vahiddə saxlanılır; o çevrilmir.</translation>
        </message>
        <message numerus="yes">
            <source>%n figures of this indicator are stored in another unit; they are not converted.</source>
            <translation>
                <numerusform>Bu göstəricinin %n dəyəri başqa vahiddə saxlanılır; onlar çevrilmir.</numerusform>
                <numerusform>Bu göstəricinin %n dəyəri başqa vahiddə saxlanılır; onlar çevrilmir.</numerusform>
            </translation>
        </message>
        <message>
            <source>Code: give the indicator a code</source>
            <translation>Kod: göstəriciyə kod verin</translation>
        </message>
        <message>
            <source>Code: use letters, digits and _ . : - only, without spaces</source>
            <translation>Kod: yalnız latın hərfləri, rəqəmlər və _ . : - işarələri, boşluqsuz</translation>
        </message>
        <message>
            <source>Code: {code} is in the catalogue already</source>
            <translation>Kod: {code} artıq kataloqdadır</translation>
        </message>
        <message>
            <source>Name: give the indicator a name</source>
            <translation>Ad: göstəriciyə ad verin</translation>
        </message>
        <message>
            <source>Unit: say what the figures count, e.g. persons</source>
            <translation>Vahid: dəyərlərin nə ilə ölçüldüyünü göstərin, məsələn persons</translation>
        </message>
        <message>
            <source>Edit indicator {code}</source>
            <translation>{code} göstəricisinin redaktəsi</translation>
        </message>
        <message>
            <source>New indicator {code}</source>
            <translation>Yeni göstərici {code}</translation>
        </message>
    </context>
    <context>
        <name>indicator_search</name>
        <message>
            <source>Search World Bank indicators</source>
            <translation>Dünya Bankının göstəricilərində axtarış</translation>
        </message>
        <message>
            <source>e.g. {examples}</source>
            <translation>məsələn: {examples}</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Axtar</translation>
        </message>
        <message>
            <source>Type words of an indicator's name or code, then Search.</source>
            <translation>Göstəricinin adından və ya kodundan sözlər yazın, sonra «Axtar» düyməsini basın.</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Sözlər</translation>
        </message>
        <message>
            <source>Type a word to search for.</source>
            <translation>Axtarış üçün söz yazın.</translation>
        </message>
        <message>
            <source>Searching the World Bank's indicator list for “{words}”…</source>
            <translation>Dünya Bankının göstəricilər siyahısında «{words}» axtarılır…</translation>
        </message>
        <message>
            <source>No indicator matches “{words}”.</source>
            <translation>«{words}» üzrə göstərici tapılmadı.</translation>
        </message>
        <message>
            <source>One indicator matches “{words}”: tick it to add it.</source>
            <translation>«{words}» üzrə bir göstərici tapıldı: əlavə etmək üçün onu işarələyin.</translation>
        </message>
        <message numerus="yes">
            <source>%n indicators match “{words}” (the first {limit} are shown): tick the ones to add.</source>
            <translation>
                <numerusform>«{words}» üzrə %n göstərici tapıldı (ilk {limit} göstərilir): əlavə ediləcəkləri işarələyin.</numerusform>
                <numerusform>«{words}» üzrə %n göstərici tapıldı (ilk {limit} göstərilir): əlavə ediləcəkləri işarələyin.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicators match “{words}”: tick the ones to add.</source>
            <translation>
                <numerusform>«{words}» üzrə %n göstərici tapıldı: əlavə ediləcəkləri işarələyin.</numerusform>
                <numerusform>«{words}» üzrə %n göstərici tapıldı: əlavə ediləcəkləri işarələyin.</numerusform>
            </translation>
        </message>
        <message>
            <source>To add: {codes}</source>
            <translation>Əlavə ediləcək: {codes}</translation>
        </message>
        <message>
            <source>Tick indicators to add their codes.</source>
            <translation>Kodlarını əlavə etmək üçün göstəriciləri işarələyin.</translation>
        </message>
        <message>
            <source>&amp;Add 1 code</source>
            <translation>1 kod &amp;əlavə et</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Add %n codes</source>
            <translation>
                <numerusform>%n kod &amp;əlavə et</numerusform>
                <numerusform>%n kod &amp;əlavə et</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Əlavə et</translation>
        </message>
    </context>
    <context>
        <name>live_updates</name>
        <message>
            <source>Could not bring in other users' changes: {reason}</source>
            <extracomment>commits heard within this many milliseconds are pulled together the server said something changed (emitted from the watcher's thread)</extracomment>
            <translation>Digər istifadəçilərin dəyişikliklərini gətirmək mümkün olmadı: {reason}</translation>
        </message>
        <message>
            <source>Not applied again: a figure of “{edit}” was deleted.</source>
            <translation>Yenidən tətbiq edilmədi: «{edit}» düzəlişinin bir dəyəri silinib.</translation>
        </message>
        <message>
            <source>The table now shows their value.</source>
            <extracomment>"Apply my value again" was chosen (the SetValues to write again)</extracomment>
            <translation>Cədvəl indi onların dəyərini göstərir.</translation>
        </message>
        <message>
            <source>&amp;Apply my value again</source>
            <translation>Dəyərimi yenidən &amp;tətbiq et</translation>
        </message>
        <message>
            <source>&amp;Keep theirs</source>
            <translation>&amp;Onlarınkını saxla</translation>
        </message>
        <message numerus="yes">
            <source>%n by {user}</source>
            <translation>
                <numerusform>{user} tərəfindən %n</numerusform>
                <numerusform>{user} tərəfindən %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Other users' changes were brought in</source>
            <translation>Digər istifadəçilərin dəyişiklikləri gətirildi</translation>
        </message>
        <message>
            <source>1 figure changed by {user}</source>
            <extracomment>"n &lt;nouns&gt; changed by {user}" for the first user, by noun (a record table's ``noun``, or 'figure', or 'item' for several kinds): the sentence for one (Qt has no English catalogue to choose the singular) and the plural one. Whole sentences, so each language agrees the noun and the verb with the number.</extracomment>
            <translation>1 dəyər {user} tərəfindən dəyişdirildi</translation>
        </message>
        <message numerus="yes">
            <source>%n figures changed by {user}</source>
            <translation>
                <numerusform>%n dəyər {user} tərəfindən dəyişdirildi</numerusform>
                <numerusform>%n dəyər {user} tərəfindən dəyişdirildi</numerusform>
            </translation>
        </message>
        <message>
            <source>1 item changed by {user}</source>
            <translation>1 qeyd {user} tərəfindən dəyişdirildi</translation>
        </message>
        <message numerus="yes">
            <source>%n items changed by {user}</source>
            <translation>
                <numerusform>%n qeyd {user} tərəfindən dəyişdirildi</numerusform>
                <numerusform>%n qeyd {user} tərəfindən dəyişdirildi</numerusform>
            </translation>
        </message>
        <message>
            <source>1 claim changed by {user}</source>
            <translation>1 iddia {user} tərəfindən dəyişdirildi</translation>
        </message>
        <message numerus="yes">
            <source>%n claims changed by {user}</source>
            <translation>
                <numerusform>%n iddia {user} tərəfindən dəyişdirildi</numerusform>
                <numerusform>%n iddia {user} tərəfindən dəyişdirildi</numerusform>
            </translation>
        </message>
        <message>
            <source>1 project changed by {user}</source>
            <translation>1 layihə {user} tərəfindən dəyişdirildi</translation>
        </message>
        <message numerus="yes">
            <source>%n projects changed by {user}</source>
            <translation>
                <numerusform>%n layihə {user} tərəfindən dəyişdirildi</numerusform>
                <numerusform>%n layihə {user} tərəfindən dəyişdirildi</numerusform>
            </translation>
        </message>
        <message>
            <source>1 company role changed by {user}</source>
            <translation>1 şirkət rolu {user} tərəfindən dəyişdirildi</translation>
        </message>
        <message numerus="yes">
            <source>%n company roles changed by {user}</source>
            <translation>
                <numerusform>%n şirkət rolu {user} tərəfindən dəyişdirildi</numerusform>
                <numerusform>%n şirkət rolu {user} tərəfindən dəyişdirildi</numerusform>
            </translation>
        </message>
        <message>
            <source>1 project stage changed by {user}</source>
            <translation>1 layihə mərhələsi {user} tərəfindən dəyişdirildi</translation>
        </message>
        <message numerus="yes">
            <source>%n project stages changed by {user}</source>
            <translation>
                <numerusform>%n layihə mərhələsi {user} tərəfindən dəyişdirildi</numerusform>
                <numerusform>%n layihə mərhələsi {user} tərəfindən dəyişdirildi</numerusform>
            </translation>
        </message>
        <message>
            <source>1 project fact changed by {user}</source>
            <translation>1 layihə faktı {user} tərəfindən dəyişdirildi</translation>
        </message>
        <message numerus="yes">
            <source>%n project facts changed by {user}</source>
            <translation>
                <numerusform>%n layihə faktı {user} tərəfindən dəyişdirildi</numerusform>
                <numerusform>%n layihə faktı {user} tərəfindən dəyişdirildi</numerusform>
            </translation>
        </message>
        <message>
            <source>1 event changed by {user}</source>
            <translation>1 hadisə {user} tərəfindən dəyişdirildi</translation>
        </message>
        <message numerus="yes">
            <source>%n events changed by {user}</source>
            <translation>
                <numerusform>%n hadisə {user} tərəfindən dəyişdirildi</numerusform>
                <numerusform>%n hadisə {user} tərəfindən dəyişdirildi</numerusform>
            </translation>
        </message>
        <message>
            <source>1 link changed by {user}</source>
            <translation>1 əlaqə {user} tərəfindən dəyişdirildi</translation>
        </message>
        <message numerus="yes">
            <source>%n links changed by {user}</source>
            <translation>
                <numerusform>%n əlaqə {user} tərəfindən dəyişdirildi</numerusform>
                <numerusform>%n əlaqə {user} tərəfindən dəyişdirildi</numerusform>
            </translation>
        </message>
        <message>
            <source>1 earlier value changed by {user}</source>
            <translation>1 əvvəlki dəyər {user} tərəfindən dəyişdirildi</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier values changed by {user}</source>
            <translation>
                <numerusform>%n əvvəlki dəyər {user} tərəfindən dəyişdirildi</numerusform>
                <numerusform>%n əvvəlki dəyər {user} tərəfindən dəyişdirildi</numerusform>
            </translation>
        </message>
        <message>
            <source>1 entity changed by {user}</source>
            <translation>1 subyekt {user} tərəfindən dəyişdirildi</translation>
        </message>
        <message numerus="yes">
            <source>%n entities changed by {user}</source>
            <translation>
                <numerusform>%n subyekt {user} tərəfindən dəyişdirildi</numerusform>
                <numerusform>%n subyekt {user} tərəfindən dəyişdirildi</numerusform>
            </translation>
        </message>
        <message>
            <source>1 derived series changed by {user}</source>
            <translation>1 törəmə sıra {user} tərəfindən dəyişdirildi</translation>
        </message>
        <message numerus="yes">
            <source>%n derived series changed by {user}</source>
            <translation>
                <numerusform>%n törəmə sıra {user} tərəfindən dəyişdirildi</numerusform>
                <numerusform>%n törəmə sıra {user} tərəfindən dəyişdirildi</numerusform>
            </translation>
        </message>
        <message>
            <source>1 saved view changed by {user}</source>
            <translation>1 saxlanmış görünüş {user} tərəfindən dəyişdirildi</translation>
        </message>
        <message numerus="yes">
            <source>%n saved views changed by {user}</source>
            <translation>
                <numerusform>%n saxlanmış görünüş {user} tərəfindən dəyişdirildi</numerusform>
                <numerusform>%n saxlanmış görünüş {user} tərəfindən dəyişdirildi</numerusform>
            </translation>
        </message>
        <message>
            <source>1 fetch query changed by {user}</source>
            <translation>1 yükləmə sorğusu {user} tərəfindən dəyişdirildi</translation>
        </message>
        <message numerus="yes">
            <source>%n fetch queries changed by {user}</source>
            <translation>
                <numerusform>%n yükləmə sorğusu {user} tərəfindən dəyişdirildi</numerusform>
                <numerusform>%n yükləmə sorğusu {user} tərəfindən dəyişdirildi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Opening the workspace…</source>
            <extracomment>Set by the packaging smoke test: quit once the first frame has been shown.</extracomment>
            <translation>İş sahəsi açılır…</translation>
        </message>
        <message>
            <source>Could not open the workspace:
{message}</source>
            <translation>İş sahəsini açmaq mümkün olmadı:
{message}</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Source</source>
            <extracomment>the chart after an edit, drawn when a worker has chosen its figures</extracomment>
            <translation>Mənbə</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Ziddiyyətlər</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Layihələr</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>İddialar</translation>
        </message>
        <message>
            <source>Country pair</source>
            <translation>Ölkə cütlüyü</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Əsas alətlər paneli</translation>
        </message>
        <message>
            <source>The chart could not be redrawn: {error}</source>
            <translation>Qrafik yenidən çəkilə bilmədi: {error}</translation>
        </message>
        <message>
            <source> [read-only]</source>
            <translation> [yalnız oxumaq üçün]</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n rows as tab-separated text.</source>
            <translation>
                <numerusform>%n sətir tabla ayrılmış mətn kimi kopyalandı.</numerusform>
                <numerusform>%n sətir tabla ayrılmış mətn kimi kopyalandı.</numerusform>
            </translation>
        </message>
        <message>
            <source>About {name}</source>
            <translation>{name} haqqında</translation>
        </message>
        <message>
            <source>A sourced desk for bilateral-relations indicators: browse, correct, chart, check claims and brief.</source>
            <translation>İkitərəfli münasibətlərin mənbəli göstəriciləri üçün masa: baxış, düzəliş, qrafiklər, iddiaların yoxlanması və arayışlar.</translation>
        </message>
    </context>
    <context>
        <name>message_picker</name>
        <message>
            <source>In the note ({place})</source>
            <translation>Arayışda ({place})</translation>
        </message>
        <message>
            <source>Not in the note</source>
            <translation>Arayışda deyil</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Çıxarılıb</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>Bərkidilib</translation>
        </message>
        <message>
            <source>Pinned ({place})</source>
            <translation>Bərkidilib ({place})</translation>
        </message>
        <message>
            <source>Key message</source>
            <translation>Əsas müddəa</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Növ</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Vəziyyət</translation>
        </message>
        <message>
            <source>Key messages</source>
            <translation>Əsas müddəalar</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Bərkit</translation>
        </message>
        <message>
            <source>Always print the selected messages, first (again: unpin)</source>
            <translation>Seçilmiş müddəaları həmişə, birinci çap et (təkrar: bərkitməni ləğv et)</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>Çıxar</translation>
        </message>
        <message>
            <source>Never print the selected messages (again: restore)</source>
            <translation>Seçilmiş müddəaları heç vaxt çap etmə (təkrar: bərpa et)</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Sıfırla</translation>
        </message>
        <message>
            <source>Let the ranking decide for the selected messages</source>
            <translation>Seçilmiş müddəalar üçün qərarı sıralama versin</translation>
        </message>
        <message>
            <source>Key messages: {in_note} of {total} in the note. Space pins, Delete drops, Backspace resets (or right-click).</source>
            <translation>Əsas müddəalar: {total} müddəadan {in_note} arayışdadır. Boşluq bərkidir, Delete çıxarır, Backspace sıfırlayır (və ya sağ klik).</translation>
        </message>
        <message>
            <source>Key messages: none for this briefing.</source>
            <translation>Əsas müddəalar: bu arayış üçün yoxdur.</translation>
        </message>
    </context>
    <context>
        <name>observation_model</name>
        <message>
            <source>Could not filter or sort the table: {message}</source>
            <extracomment>whether a value was changed by hand since its source gave it (the value's delegate marks it); Qt never asks a custom role by itself, so painting pays nothing for it the roles the model answers, each with the Column method that answers it analytics of selections up to this many rows are computed at once, larger off-thread filters and sorts of stores larger than this are computed off the GUI thread flags per column, for a writable [False] and a read-only [True] workspace appended to the title of a filtered column's header a user entry was refused: (message) the set of rows shown changed: (row count) a filter or sort is being computed in the background (True) or is done (False) the YoY and claim texts of the shown rows were (re)computed whether analytics were computed once: the first time pays the claim checks' first use (imports, ~0.1 s), so it runs off-thread once the window is shown the same readers by column, then role (what one cell answers, for multiData)</extracomment>
            <translation>Cədvəli süzmək və ya çeşidləmək mümkün olmadı: {message}</translation>
        </message>
        <message>
            <source>Click to sort; right-click to filter.</source>
            <translation>Çeşidləmək üçün klikləyin; süzgəc üçün sağ klikləyin.</translation>
        </message>
        <message>
            <source>Filtered ({filters}).</source>
            <translation>Süzülüb ({filters}).</translation>
        </message>
        <message>
            <source>{indicator} is counted in {unit}; this figure stays in {figure_unit}: check its value and unit.</source>
            <translation>«{indicator}» {unit} ilə ölçülür; bu rəqəm {figure_unit} ilə qalır: dəyəri və vahidi yoxlayın.</translation>
        </message>
    </context>
    <context>
        <name>option_form</name>
        <message>
            <source>(guess from the names)</source>
            <extracomment>the first two entries of a column box: let the importer guess, or use no column</extracomment>
            <translation>(adlara görə müəyyən et)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(yoxdur)</translation>
        </message>
    </context>
    <context>
        <name>pair_selector</name>
        <message>
            <source>First country of the pair (figures in both directions)</source>
            <extracomment>(a, b) alpha-3 codes; both directions are shown</extracomment>
            <translation>Cütün birinci ölkəsi (hər iki istiqamətdə məlumatlar)</translation>
        </message>
        <message>
            <source>Second country of the pair</source>
            <translation>Cütün ikinci ölkəsi</translation>
        </message>
        <message>
            <source>Pair:</source>
            <translation>Cüt:</translation>
        </message>
    </context>
    <context>
        <name>pivot_model</name>
        <message>
            <source>⇄ sources disagree (tinted) · ※ a claim is checked against the figure · blue: target, plan or forecast · grey italics: derived</source>
            <extracomment>the obs ids of a cell (list[int]: the chosen figure first, then the other rows of its key) rows formatted together (a screenful or a few) style bits of a cell what the marks mean, in English (shown through :func:`legend`, in the desk's language)</extracomment>
            <translation>⇄ mənbələr fərqlənir (rənglənib) · ※ dəyər bəyanatla yoxlanılır · mavi: hədəf, plan və ya proqnoz · boz kursiv: törəmə</translation>
        </message>
    </context>
    <context>
        <name>pivot_panel</name>
        <message>
            <source>Indicators</source>
            <extracomment>a workspace with more observations than this is pivoted off the GUI thread (title, data) of the boxes' entries; the titles are shown translated</extracomment>
            <translation>Göstəricilər</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>Ölkə cütləri</translation>
        </message>
        <message>
            <source>Reporters</source>
            <translation>Hesabat verən ölkələr</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>İllər</translation>
        </message>
        <message>
            <source>Quarters</source>
            <translation>Rüblər</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Aylar</translation>
        </message>
        <message>
            <source>Same months each year</source>
            <translation>Hər ilin eyni ayları</translation>
        </message>
        <message>
            <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
            <translation>CSV (*.csv);;Excel iş kitabı (*.xlsx)</translation>
        </message>
        <message>
            <source>What the grid's rows are</source>
            <extracomment>the figures of a clicked cell (list[int]: the chosen one first)</extracomment>
            <translation>Cədvəlin sətirləri nədir</translation>
        </message>
        <message>
            <source>What each column is: like for like</source>
            <translation>Hər sütun nədir: müqayisəli dövrlər</translation>
        </message>
        <message>
            <source>First month of each year's window</source>
            <translation>Hər ilin pəncərəsinin birinci ayı</translation>
        </message>
        <message>
            <source>Last month of each year's window (Jan–Oct: Jan to Oct)</source>
            <translation>Hər ilin pəncərəsinin son ayı (yan–okt: yanvardan oktyabradək)</translation>
        </message>
        <message>
            <source>from</source>
            <translation>başlanğıc</translation>
        </message>
        <message>
            <source>to</source>
            <translation>son</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopyala</translation>
        </message>
        <message>
            <source>Copy the selected cells (or the whole grid) for a spreadsheet (Ctrl+C)</source>
            <translation>Seçilmiş xanaları (və ya bütün cədvəli) elektron cədvəl üçün kopyala (Ctrl+C)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>İxrac…</translation>
        </message>
        <message>
            <source>Write the grid as CSV or XLSX</source>
            <translation>Cədvəli CSV və ya XLSX kimi yaz</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Sətirlər</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Sütunlar</translation>
        </message>
        <message>
            <source>Pivoting…</source>
            <translation>Pivot cədvəli qurulur…</translation>
        </message>
        <message>
            <source>{caption}: {rows} rows × {periods} periods. {legend}</source>
            <translation>{caption}: {rows} sətir × {periods} dövr. {legend}</translation>
        </message>
        <message>
            <source>The grid could not be made: {error}</source>
            <translation>Cədvəl qurula bilmədi: {error}</translation>
        </message>
        <message>
            <source>Export the grid</source>
            <translation>Cədvəlin ixracı</translation>
        </message>
        <message>
            <source>Writing {path}…</source>
            <translation>{path} yazılır…</translation>
        </message>
        <message>
            <source>The grid could not be written: {error}</source>
            <translation>Cədvəl yazıla bilmədi: {error}</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>Yazıldı: {path}.</translation>
        </message>
    </context>
    <context>
        <name>portal_parts</name>
        <message>
            <source>Search by code or name</source>
            <translation>Kod və ya ada görə axtar</translation>
        </message>
        <message>
            <source>Cancel &amp;loading</source>
            <translation>Yükləməni &amp;dayandır</translation>
        </message>
        <message>
            <source>Nothing was loaded.</source>
            <translation>Heç nə yüklənmədi.</translation>
        </message>
        <message>
            <source>Loading cancelled.</source>
            <translation>Yükləmə dayandırıldı.</translation>
        </message>
    </context>
    <context>
        <name>preferences_dialog</name>
        <message>
            <source>Preferences</source>
            <extracomment>QCoreApplication property set when the user asked to restart in another language</extracomment>
            <translation>Parametrlər</translation>
        </message>
        <message>
            <source>System language ({name})</source>
            <translation>Sistemin dili ({name})</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Dil:</translation>
        </message>
        <message>
            <source>Menus, dialogs and the numbers and dates in the table follow the language. Briefings choose their own language when they are exported.</source>
            <translation>Menyular, dialoqlar, cədvəldəki rəqəm və tarixlər seçilmiş dilə uyğun olur. Arayışların dili ixrac zamanı seçilir.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>Corridor will use {language} from its next start.</source>
            <translation>Corridor növbəti açılışdan {language} dilindən istifadə edəcək.</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>İndi yenidən başlat</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Sonra</translation>
        </message>
    </context>
    <context>
        <name>project_actions</name>
        <message>
            <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
            <extracomment>app.services.projects_io.FILE_FILTER as the file dialogs show it (a test keeps them equal)</extracomment>
            <translation>Excel kitabı (*.xlsx);;CSV cədvəli (*.csv)</translation>
        </message>
        <message>
            <source>Delete projects</source>
            <translation>Layihələri sil</translation>
        </message>
        <message>
            <source>Delete {count} project(s) with their companies, stages, facts and links?

{names}

(Undo restores them.)</source>
            <translation>Layihələr ({count}) şirkətləri, mərhələləri, faktları və əlaqələri ilə birlikdə silinsin?

{names}

(Geri alma onları bərpa edir.)</translation>
        </message>
        <message>
            <source>Select a figure in the main table first, then link it.</source>
            <translation>Əvvəlcə əsas cədvəldə rəqəmi seçin, sonra onu əlaqələndirin.</translation>
        </message>
        <message>
            <source>Figure #{obs_id} is already linked to the selected projects.</source>
            <translation>№{obs_id} rəqəmi artıq seçilmiş layihələrlə əlaqələndirilib.</translation>
        </message>
        <message>
            <source>Linked figure #{obs_id} to {count} project(s).</source>
            <translation>№{obs_id} rəqəmi layihələrlə ({count}) əlaqələndirildi.</translation>
        </message>
        <message>
            <source>Not stored: {error}</source>
            <translation>Saxlanmadı: {error}</translation>
        </message>
        <message>
            <source>{edit}: derived figure #{obs_id}.</source>
            <translation>{edit}: törəmə rəqəm №{obs_id}.</translation>
        </message>
        <message>
            <source>No indicator of the catalogue is measured in {unit}.</source>
            <translation>Kataloqda {unit} ilə ölçülən göstərici yoxdur.</translation>
        </message>
        <message>
            <source>Store roll-up as figure</source>
            <translation>Yekunu rəqəm kimi saxla</translation>
        </message>
        <message>
            <source>{cell}: {count} projects.
Indicator of the derived figure:</source>
            <translation>{cell}: layihələr — {count}.
Törəmə rəqəmin göstəricisi:</translation>
        </message>
        <message>
            <source>Exported {count} projects to {file}.</source>
            <translation>Layihələr ({count}) {file} faylına ixrac edildi.</translation>
        </message>
        <message>
            <source>Could not export the projects: {error}</source>
            <translation>Layihələri ixrac etmək mümkün olmadı: {error}</translation>
        </message>
        <message>
            <source>{edit} from {file}.</source>
            <translation>{edit}, mənbə: {file}.</translation>
        </message>
        <message>
            <source>Nothing imported from {file}: {error}</source>
            <translation>{file} faylından heç nə idxal edilmədi: {error}</translation>
        </message>
        <message>
            <source>Export projects</source>
            <translation>Layihələrin ixracı</translation>
        </message>
        <message>
            <source>Import projects</source>
            <translation>Layihələrin idxalı</translation>
        </message>
    </context>
    <context>
        <name>project_details</name>
        <message>
            <source>Select a project to see its companies, stages and sources.</source>
            <translation>Şirkətlərini, mərhələlərini və mənbələrini görmək üçün layihəni seçin.</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Digər adlar</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Texnologiya</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Güc</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>İnvestisiya</translation>
        </message>
        <message>
            <source>Country / partner</source>
            <translation>Ölkə / tərəfdaş</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Yerləşmə</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Qeyd</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Şirkətlər</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Mərhələlər</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>Faktlar</translation>
        </message>
        <message>
            <source>Linked figures</source>
            <translation>Əlaqəli rəqəmlər</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>qeydə alınmayıb</translation>
        </message>
        <message>
            <source>no source</source>
            <translation>mənbəsiz</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>tarixsiz</translation>
        </message>
        <message>
            <source>{count} linked figure(s) no longer in the workspace</source>
            <translation>Artıq iş sahəsində olmayan əlaqəli rəqəmlər: {count}</translation>
        </message>
        <message>
            <source>{count} projects, {capacity}; {missing} without capacity</source>
            <translation>Layihələr: {count}, {capacity}; gücü göstərilməyən: {missing}</translation>
        </message>
        <message>
            <source>{count} projects, {capacity}</source>
            <translation>Layihələr: {count}, {capacity}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Counted by sources:&lt;/b&gt; {statements}</source>
            <translation>&lt;b&gt;Mənbələrin saydığı:&lt;/b&gt; {statements}</translation>
        </message>
        <message>
            <source>No linked projects.</source>
            <translation>Əlaqəli layihə yoxdur.</translation>
        </message>
        <message>
            <source>Linked in the registry: {known}.</source>
            <translation>Reyestrdə əlaqələndirilib: {known}.</translation>
        </message>
        <message>
            <source> ({total} in all)</source>
            <translation> (cəmi {total})</translation>
        </message>
        <message numerus="yes">
            <source>The source counts %n projects{total} but names none, and none is linked in the registry.</source>
            <translation>
                <numerusform>Mənbə %n layihə sayır{total}, lakin onun adını çəkmir və reyestrdə əlaqələndirilməyib.</numerusform>
                <numerusform>Mənbə %n layihə sayır{total}, lakin heç birinin adını çəkmir və heç biri reyestrdə əlaqələndirilməyib.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The source counts %n projects{total}; all are in the registry ({known}).</source>
            <translation>
                <numerusform>Mənbə %n layihə sayır{total}; o, reyestrdə var ({known}).</numerusform>
                <numerusform>Mənbə %n layihə sayır{total}; hamısı reyestrdə var ({known}).</numerusform>
            </translation>
        </message>
        <message>
            <source> and {capacity}</source>
            <translation> və {capacity}</translation>
        </message>
        <message numerus="yes">
            <source>The source counts %n projects{total}; the registry has {known_count} of them ({known}); {unknown} more{rest} are not identified.</source>
            <translation>
                <numerusform>Mənbə %n layihə sayır{total}; reyestrdə onlardan {known_count} var ({known}); daha {unknown}{rest} müəyyən edilməyib.</numerusform>
                <numerusform>Mənbə %n layihə sayır{total}; reyestrdə onlardan {known_count} var ({known}); daha {unknown}{rest} müəyyən edilməyib.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>project_dialog</name>
        <message>
            <source>Remove this row</source>
            <translation>Bu sətri sil</translation>
        </message>
        <message>
            <source>Edit project</source>
            <translation>Layihəni redaktə et</translation>
        </message>
        <message>
            <source>Add project</source>
            <translation>Layihə əlavə et</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Şirkətlər</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Şirkət</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Country (ISO)</source>
            <translation>Ölkə (ISO)</translation>
        </message>
        <message>
            <source>+ Company</source>
            <translation>+ Şirkət</translation>
        </message>
        <message>
            <source>Add another company</source>
            <translation>Daha bir şirkət əlavə et</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Mərhələlər</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Mərhələ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarix</translation>
        </message>
        <message>
            <source>+ Stage</source>
            <translation>+ Mərhələ</translation>
        </message>
        <message>
            <source>Add another stage</source>
            <translation>Daha bir mərhələ əlavə et</translation>
        </message>
        <message>
            <source>other names and spellings, separated by |</source>
            <translation>digər adlar və yazılışlar, | ilə ayrılmış</translation>
        </message>
        <message>
            <source>host country, ISO code (AZE)</source>
            <translation>yerləşdiyi ölkə, ISO kodu (AZE)</translation>
        </message>
        <message>
            <source>partner country, ISO code (CHN)</source>
            <translation>tərəfdaş ölkə, ISO kodu (CHN)</translation>
        </message>
        <message>
            <source>240, 1,000 or blank</source>
            <translation>240, 1,000 və ya boş</translation>
        </message>
        <message>
            <source>300 mn, 1.2 bn or blank</source>
            <translation>300 mn, 1.2 bn və ya boş</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Digər adlar</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Ölkə</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Tərəfdaş</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Texnologiya</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Güc</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>İnvestisiya</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Yerləşmə</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Qeyd</translation>
        </message>
        <message>
            <source>company name</source>
            <translation>şirkətin adı</translation>
        </message>
        <message>
            <source>2025, 2025-04 or 2025-04-23</source>
            <translation>2025, 2025-04 və ya 2025-04-23</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planlaşdırılıb</translation>
        </message>
        <message>
            <source>A date the source expects, not one that happened</source>
            <translation>Mənbənin gözlədiyi tarix, baş vermiş tarix deyil</translation>
        </message>
        <message>
            <source>Name: a project needs a name</source>
            <translation>Ad: layihənin adı olmalıdır</translation>
        </message>
        <message>
            <source>Country of {company}</source>
            <translation>{company} şirkətinin ölkəsi</translation>
        </message>
        <message>
            <source>Stage date: {date} is not a date (2025, 2025-04, 2025-04-23)</source>
            <translation>Mərhələnin tarixi: {date} tarix deyil (2025, 2025-04, 2025-04-23)</translation>
        </message>
    </context>
    <context>
        <name>project_form</name>
        <message>
            <source>{field}: {text} is not an ISO 3166 country code</source>
            <translation>{field}: {text} ISO 3166 ölkə kodu deyil</translation>
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
            <translation>külək enerjisi</translation>
        </message>
        <message>
            <source>offshore wind</source>
            <translation>dəniz külək enerjisi</translation>
        </message>
        <message>
            <source>solar</source>
            <translation>günəş enerjisi</translation>
        </message>
        <message>
            <source>floating solar</source>
            <translation>üzən günəş enerjisi</translation>
        </message>
        <message>
            <source>hydro</source>
            <translation>hidroenergetika</translation>
        </message>
        <message>
            <source>gas</source>
            <translation>qaz generasiyası</translation>
        </message>
        <message>
            <source>waste to energy</source>
            <translation>tullantılardan enerji</translation>
        </message>
        <message>
            <source>storage</source>
            <translation>enerji saxlanması</translation>
        </message>
        <message>
            <source>manufacturing</source>
            <translation>istehsal</translation>
        </message>
        <message>
            <source>other</source>
            <translation>digər</translation>
        </message>
        <message>
            <source>announced</source>
            <translation>elan edilib</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>saziş</translation>
        </message>
        <message>
            <source>financing</source>
            <translation>maliyyələşdirmə</translation>
        </message>
        <message>
            <source>construction</source>
            <translation>tikinti</translation>
        </message>
        <message>
            <source>commissioned</source>
            <translation>istismara verilib</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>ləğv edilib</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>naməlum</translation>
        </message>
        <message>
            <source>developer</source>
            <translation>layihə sahibi</translation>
        </message>
        <message>
            <source>EPC</source>
            <translation>EPC podratçısı</translation>
        </message>
        <message>
            <source>investor</source>
            <translation>sərmayədar</translation>
        </message>
        <message>
            <source>lender</source>
            <translation>kreditor</translation>
        </message>
        <message>
            <source>supplier</source>
            <translation>təchizatçı</translation>
        </message>
        <message>
            <source>operator</source>
            <translation>idarəedici şirkət</translation>
        </message>
        <message>
            <source>government</source>
            <translation>dövlət</translation>
        </message>
        <message>
            <source>name</source>
            <translation>ad</translation>
        </message>
        <message>
            <source>other names</source>
            <translation>digər adlar</translation>
        </message>
        <message>
            <source>country</source>
            <translation>ölkə</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>tərəfdaş</translation>
        </message>
        <message>
            <source>technology</source>
            <translation>texnologiya</translation>
        </message>
        <message>
            <source>capacity</source>
            <translation>güc</translation>
        </message>
        <message>
            <source>capacity unit</source>
            <translation>güc vahidi</translation>
        </message>
        <message>
            <source>investment</source>
            <translation>investisiya</translation>
        </message>
        <message>
            <source>investment unit</source>
            <translation>investisiya vahidi</translation>
        </message>
        <message>
            <source>location</source>
            <translation>yerləşmə</translation>
        </message>
        <message>
            <source>note</source>
            <translation>qeyd</translation>
        </message>
        <message>
            <source>{stage} {date} (planned)</source>
            <translation>{stage} {date} (planlaşdırılıb)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Texnologiya</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Güc</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Vəziyyət</translation>
        </message>
        <message>
            <source>Next (planned)</source>
            <translation>Növbəti mərhələ (plan)</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>Şirkətlər</translation>
        </message>
        <message>
            <source>Country / partner</source>
            <translation>Ölkə / tərəfdaş</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Mənbələr</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Layihələr</translation>
        </message>
        <message>
            <source>Without capacity</source>
            <translation>Gücsüz</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>İl</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Mərhələ</translation>
        </message>
    </context>
    <context>
        <name>projects_panel</name>
        <message>
            <source>any status</source>
            <extracomment>project_id project ids (list[int]) project ids to link to the figure selected in the main table the roll-up cell to keep as a figure (RollupCell) a linked figure was clicked in the details: obs_id roll up only while shown (the desk's hidden dock: start-up does not pay for it)</extracomment>
            <translation>istənilən vəziyyət</translation>
        </message>
        <message>
            <source>any technology</source>
            <translation>istənilən texnologiya</translation>
        </message>
        <message>
            <source>part of a company's name</source>
            <translation>şirkət adının bir hissəsi</translation>
        </message>
        <message>
            <source>AZE, CHN, China…</source>
            <translation>AZE, CHN, Çin…</translation>
        </message>
        <message>
            <source>Add project…</source>
            <translation>Layihə əlavə et…</translation>
        </message>
        <message>
            <source>Add a project with its companies and stages</source>
            <translation>Şirkətləri və mərhələləri ilə layihə əlavə et</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Redaktə et…</translation>
        </message>
        <message>
            <source>Change the selected project</source>
            <translation>Seçilmiş layihəni dəyişdir</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Delete the selected projects (Del; undo restores)</source>
            <translation>Seçilmiş layihələri sil (Del; geri alma bərpa edir)</translation>
        </message>
        <message>
            <source>Link to selected figure</source>
            <translation>Seçilmiş rəqəmlə əlaqələndir</translation>
        </message>
        <message>
            <source>Link the selected projects to the figure selected in the main table</source>
            <translation>Seçilmiş layihələri əsas cədvəldə seçilmiş rəqəmlə əlaqələndir</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>İdxal…</translation>
        </message>
        <message>
            <source>Add projects from an XLSX or CSV file</source>
            <translation>XLSX və ya CSV faylından layihələr əlavə et</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>İxrac…</translation>
        </message>
        <message>
            <source>The registry to XLSX (every table) or CSV</source>
            <translation>Reyestri XLSX (bütün cədvəllər) və ya CSV formatına</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Vəziyyət</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Texnologiya</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Şirkət</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Ölkə</translation>
        </message>
        <message>
            <source>status and technology</source>
            <translation>vəziyyət və texnologiya</translation>
        </message>
        <message>
            <source>year of the stage</source>
            <translation>mərhələnin ili</translation>
        </message>
        <message>
            <source>Store roll-up as figure…</source>
            <translation>Yekunu rəqəm kimi saxla…</translation>
        </message>
        <message>
            <source>Keep the selected roll-up row as a derived figure linked to its projects</source>
            <translation>Seçilmiş yekun sətrini layihələri ilə əlaqəli törəmə rəqəm kimi saxla</translation>
        </message>
        <message>
            <source>&lt;b&gt;Roll-up&lt;/b&gt; of the projects shown, by</source>
            <translation>Göstərilən layihələrin &lt;b&gt;yekunu&lt;/b&gt;, bölgü:</translation>
        </message>
        <message>
            <source>{shown} of {total} projects</source>
            <extracomment>what sources count ("five projects, 1,570 MW") against what the registry knows</extracomment>
            <translation>Layihələr: {shown} / {total}</translation>
        </message>
        <message>
            <source>{count} projects selected.</source>
            <translation>Seçilmiş layihələr: {count}.</translation>
        </message>
        <message>
            <source>Copied {count} projects as tab-separated text.</source>
            <translation>Layihələr ({count}) tabulyasiya ilə ayrılmış mətn kimi kopyalandı.</translation>
        </message>
    </context>
    <context>
        <name>refresh_dialog</name>
        <message>
            <source>Query</source>
            <translation>Sorğu</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>Portal</translation>
        </message>
        <message>
            <source>Last fetched</source>
            <translation>Son yükləmə</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Nəticə</translation>
        </message>
        <message>
            <source>Refresh {query}</source>
            <translation>Yeniləmə: {query}</translation>
        </message>
        <message>
            <source>Refresh fetched figures</source>
            <translation>Yüklənmiş dəyərləri yenilə</translation>
        </message>
        <message>
            <source>Refresh &amp;selected</source>
            <extracomment>every query refreshed in this dialog, in order the queries that could not be refreshed: (title, message)</extracomment>
            <translation>&amp;Seçilənləri yenilə</translation>
        </message>
        <message>
            <source>Ask the selected queries again</source>
            <translation>Seçilmiş sorğuları yenidən göndər</translation>
        </message>
        <message>
            <source>Refresh &amp;all</source>
            <translation>&amp;Hamısını yenilə</translation>
        </message>
        <message>
            <source>Ask every listed query again, one after another</source>
            <translation>Siyahıdakı bütün sorğuları bir-bir yenidən göndər</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Ləğv et</translation>
        </message>
        <message>
            <source>Stop: the query being asked is dropped; those already refreshed stay (Undo removes them)</source>
            <translation>Dayandır: icra olunan sorğu atılır; artıq yenilənənlər qalır (Geri al onları silir)</translation>
        </message>
        <message>
            <source>Stored queries</source>
            <translation>Saxlanılmış sorğular</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Nə dəyişdi</translation>
        </message>
        <message>
            <source>No fetched figures in this workspace: {menu} fetches some.</source>
            <translation>Bu iş sahəsində yüklənmiş dəyər yoxdur: {menu} vasitəsilə yükləyə bilərsiniz.</translation>
        </message>
        <message>
            <source>Asking again ({done} of {total}): {query}…</source>
            <translation>Yenidən sorğu ({done}/{total}): {query}…</translation>
        </message>
        <message>
            <source>Corridor has no connector called {name} any more</source>
            <translation>Corridor-da artıq {name} adlı konnektor yoxdur</translation>
        </message>
        <message>
            <source>{query}: no change since the last fetch.</source>
            <translation>{query}: son yükləmədən bəri dəyişiklik yoxdur.</translation>
        </message>
        <message>
            <source>(not stored: the workspace refused the change)</source>
            <translation>(saxlanılmadı: iş sahəsi dəyişikliyi rədd etdi)</translation>
        </message>
        <message>
            <source>{query}: could not refresh: {reason}</source>
            <translation>{query}: yeniləmək mümkün olmadı: {reason}</translation>
        </message>
        <message>
            <source>Cancelled. {counts} Refreshes already done stay (Undo removes them).</source>
            <translation>Ləğv edildi. {counts} Artıq edilmiş yeniləmələr qalır (Geri al onları silir).</translation>
        </message>
        <message>
            <source>Done. {counts}</source>
            <translation>Hazırdır. {counts}</translation>
        </message>
        <message>
            <source>query {id}</source>
            <translation>sorğu {id}</translation>
        </message>
        <message>
            <source>1 query asked again, {changed} with changes, {failed} failed.</source>
            <translation>1 sorğu yenidən göndərildi: dəyişikliklə — {changed}, uğursuz — {failed}.</translation>
        </message>
        <message>
            <source>1 query asked again, {changed} with changes.</source>
            <translation>1 sorğu yenidən göndərildi: dəyişikliklə — {changed}.</translation>
        </message>
        <message numerus="yes">
            <source>%n queries asked again, {changed} with changes, {failed} failed.</source>
            <translation>
                <numerusform>%n sorğu yenidən göndərildi: dəyişikliklə — {changed}, uğursuz — {failed}.</numerusform>
                <numerusform>%n sorğu yenidən göndərildi: dəyişikliklə — {changed}, uğursuz — {failed}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queries asked again, {changed} with changes.</source>
            <translation>
                <numerusform>%n sorğu yenidən göndərildi: dəyişikliklə — {changed}.</numerusform>
                <numerusform>%n sorğu yenidən göndərildi: dəyişikliklə — {changed}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>restore_dialog</name>
        <message>
            <source>Written</source>
            <translation>Yazılıb</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Səbəb</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ölçü</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Ehtiyat nüsxədən bərpa</translation>
        </message>
        <message>
            <source>Restore as a copy</source>
            <translation>Surət kimi bərpa et</translation>
        </message>
        <message>
            <source>There are no backups of {workspace} yet. Corridor writes one before it upgrades a workspace to a new version.</source>
            <translation>{workspace} üçün hələ ehtiyat nüsxə yoxdur. Corridor iş sahəsini yeni versiyaya yüksəltməzdən əvvəl bir nüsxə yazır.</translation>
        </message>
        <message>
            <source>Backups of {workspace}, newest first. Restoring writes the backup to a new file next to the workspace and opens it; the current workspace stays as it is.</source>
            <translation>{workspace} ehtiyat nüsxələri, ən yenisi birinci. Bərpa zamanı nüsxə iş sahəsinin yanında yeni fayla yazılır və açılır; cari iş sahəsi olduğu kimi qalır.</translation>
        </message>
        <message>
            <source>Choose a backup first.</source>
            <translation>Əvvəlcə ehtiyat nüsxə seçin.</translation>
        </message>
        <message>
            <source>Could not restore {backup}: {reason}. The current workspace was not changed.</source>
            <translation>{backup} bərpa edilə bilmədi: {reason}. Cari iş sahəsi dəyişdirilmədi.</translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n bayt</numerusform>
                <numerusform>%n bayt</numerusform>
            </translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
    </context>
    <context>
        <name>sdmx_browser</name>
        <message>
            <source>Browse {portal}</source>
            <translation>Baxış: {portal}</translation>
        </message>
        <message>
            <source>Filter {publisher}'s dataflows by ID or name</source>
            <translation>{publisher} məlumat axınlarını ID və ya ada görə süz</translation>
        </message>
        <message>
            <source>Pick a dataflow to see its dimensions and their codes.</source>
            <translation>Ölçülərini və onların kodlarını görmək üçün məlumat axını seçin.</translation>
        </message>
        <message>
            <source>&amp;Use this dataflow and key</source>
            <translation>Bu məlumat axınını və açarı &amp;istifadə et</translation>
        </message>
        <message>
            <source>Asking {publisher} for its dataflows…</source>
            <translation>{publisher} məlumat axınları sorğulanır…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln dataflows: pick one to see its dimensions.</source>
            <translation>
                <numerusform>%Ln məlumat axını: ölçülərini görmək üçün birini seçin.</numerusform>
                <numerusform>%Ln məlumat axını: ölçülərini görmək üçün birini seçin.</numerusform>
            </translation>
        </message>
        <message>
            <source>Asking for the dimensions of {dataflow}…</source>
            <translation>{dataflow} ölçüləri sorğulanır…</translation>
        </message>
        <message numerus="yes">
            <source>{dataflow}: %n dimensions. Tick codes to narrow the key; a dimension with none ticked takes every code.</source>
            <translation>
                <numerusform>{dataflow}: %n ölçü. Açarı daraltmaq üçün kodları işarələyin; heç bir kodu işarələnməmiş ölçü bütün kodları götürür.</numerusform>
                <numerusform>{dataflow}: %n ölçü. Açarı daraltmaq üçün kodları işarələyin; heç bir kodu işarələnməmiş ölçü bütün kodları götürür.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Search the %n codes of {dimension}</source>
            <translation>
                <numerusform>{dimension} ölçüsünün %n kodu arasında axtar</numerusform>
                <numerusform>{dimension} ölçüsünün %n kodu arasında axtar</numerusform>
            </translation>
        </message>
        <message>
            <source>No code list: type codes joined by +</source>
            <translation>Kod siyahısı yoxdur: kodları + ilə birləşdirərək yazın</translation>
        </message>
        <message>
            <source>&lt;b&gt;{dataflow}&lt;/b&gt; {name} — loading its dimensions…</source>
            <translation>&lt;b&gt;{dataflow}&lt;/b&gt; {name} — ölçülər yüklənir…</translation>
        </message>
        <message>
            <source>Not in the code lists, so left out: {codes}.</source>
            <translation>Kod siyahılarında yoxdur, ona görə buraxıldı: {codes}.</translation>
        </message>
        <message>
            <source>every code</source>
            <translation>bütün kodlar</translation>
        </message>
        <message>
            <source>Series key: pick a dataflow first.</source>
            <translation>Sıra açarı: əvvəlcə məlumat axını seçin.</translation>
        </message>
        <message>
            <source>(empty: every series of the dataflow)</source>
            <translation>(boş: məlumat axınının bütün sıraları)</translation>
        </message>
        <message>
            <source>Series key: &lt;b&gt;&lt;tt&gt;{key}&lt;/tt&gt;&lt;/b&gt;</source>
            <translation>Sıra açarı: &lt;b&gt;&lt;tt&gt;{key}&lt;/tt&gt;&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>server_dialog</name>
        <message>
            <source>empty: your .pgpass file or PGPASSWORD applies</source>
            <extracomment>how many recent servers the dialog offers</extracomment>
            <translation>boş: .pgpass faylınız və ya PGPASSWORD tətbiq olunur</translation>
        </message>
        <message>
            <source>Connect to Server</source>
            <translation>Serverə qoşulma</translation>
        </message>
        <message>
            <source>Remember password in the system keyring</source>
            <extracomment>the open desk once connected</extracomment>
            <translation>Şifrəni sistemin açar anbarında yadda saxla</translation>
        </message>
        <message>
            <source>Kept in {keychain}; never in the settings</source>
            <translation>{keychain} daxilində saxlanılır; heç vaxt parametrlərdə deyil</translation>
        </message>
        <message>
            <source>postgresql://user@host:5432/database  or  host=… dbname=…</source>
            <translation>postgresql://user@host:5432/database  və ya  host=… dbname=…</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Qoşul</translation>
        </message>
        <message>
            <source>&amp;Recent:</source>
            <translation>&amp;Son ünvanlar:</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Verilənlər bazası:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>İstifadə&amp;çi:</translation>
        </message>
        <message>
            <source>&amp;SSL mode:</source>
            <translation>SSL re&amp;jimi:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Şi&amp;frə:</translation>
        </message>
        <message>
            <source>Or paste a connection &amp;string:</source>
            <translation>Və ya qoşulma sət&amp;rini yapışdırın:</translation>
        </message>
        <message>
            <source>Not read: {reason}</source>
            <translation>Oxunmadı: {reason}</translation>
        </message>
        <message>
            <source>The form shows the pasted connection string.</source>
            <translation>Forma yapışdırılmış qoşulma sətrini göstərir.</translation>
        </message>
        <message>
            <source>kept in {keychain}</source>
            <translation>{keychain} daxilində saxlanılır</translation>
        </message>
        <message>
            <source>Connecting to {server}…</source>
            <translation>{server} serverinə qoşulur…</translation>
        </message>
        <message>
            <source>Connected, but the password was not remembered: {reason}.</source>
            <translation>Qoşuldu, lakin şifrə yadda saxlanılmadı: {reason}.</translation>
        </message>
        <message>
            <source>Could not connect: {reason}</source>
            <translation>Qoşulmaq mümkün olmadı: {reason}</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <source>Could not change “{edit}”: {error}</source>
            <translation>«{edit}» icra edilə bilmədi: {error}</translation>
        </message>
        <message>
            <source>Could not undo “{edit}”: {error}</source>
            <translation>«{edit}» geri alına bilmədi: {error}</translation>
        </message>
        <message>
            <source>{message} Their change could not be shown: {error}</source>
            <extracomment>the operations just applied (list[Op]) a different desk (workspace) was opened other users' changes were brought in (RemoteChange; after ``changed`` with their ops) a write was refused because someone else changed it first: (the edit the user wanted in effect, the server's sentence naming who and the value now there)</extracomment>
            <translation>{message} Onların dəyişikliyini göstərmək mümkün olmadı: {error}</translation>
        </message>
    </context>
    <context>
        <name>source_panel</name>
        <message>
            <source>Publisher</source>
            <extracomment>the labels of the source's facts (English, translated where shown)</extracomment>
            <translation>Nəşr edən</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Başlıq</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Dərc edilib</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Bəyanat verən</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistika</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Məlumat dəsti</translation>
        </message>
        <message>
            <source>Retrieved</source>
            <translation>Əldə edilib</translation>
        </message>
        <message>
            <source>Period as written</source>
            <translation>Mənbədə yazılan dövr</translation>
        </message>
        <message>
            <source>Select a figure to see where it came from.</source>
            <extracomment>a link that was refused (text for the message bus) the figure shown (-1: none) and the claim verdict shown with it</extracomment>
            <translation>Mənbəyini görmək üçün dəyər seçin.</translation>
        </message>
        <message>
            <source>Derived:</source>
            <translation>Hesablanıb:</translation>
        </message>
        <message>
            <source>(not a web link; not opened)</source>
            <translation>(veb keçid deyil; açılmadı)</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Qeyd:</translation>
        </message>
        <message>
            <source>Earlier values from this source:</source>
            <translation>Bu mənbədən əvvəlki dəyərlər:</translation>
        </message>
        <message>
            <source>Claim check ({verdict}):</source>
            <translation>Bəyanatın yoxlanışı ({verdict}):</translation>
        </message>
        <message>
            <source>Not opened: {url} is not an http(s) link.</source>
            <translation>Açılmadı: {url} http(s) keçidi deyil.</translation>
        </message>
        <message>
            <source>again {days}</source>
            <translation>yenidən {days}</translation>
        </message>
        <message>
            <source>{first}; again {days}</source>
            <translation>{first}; yenidən {days}</translation>
        </message>
        <message numerus="yes">
            <source>{day} (%n figures revised)</source>
            <translation>
                <numerusform>{day} (%n dəyər yenidən baxılıb)</numerusform>
                <numerusform>{day} (%n dəyər yenidən baxılıb)</numerusform>
            </translation>
        </message>
        <message>
            <source>Edited — the source gave {source}; this figure now says {now} (edited by {who} on {day})</source>
            <translation>Redaktə edilib — mənbə {source} göstərirdi; indi dəyər: {now} ({who} tərəfindən, {day})</translation>
        </message>
        <message>
            <source>Edited — the source gave {source}; this figure now says {now} (edited on {day})</source>
            <translation>Redaktə edilib — mənbə {source} göstərirdi; indi dəyər: {now} ({day} tarixində redaktə edilib)</translation>
        </message>
    </context>
    <context>
        <name>source_picker</name>
        <message>
            <source>New source…</source>
            <extracomment>a source was picked or a new one filled in: the cell can be committed</extracomment>
            <translation>Yeni mənbə…</translation>
        </message>
        <message>
            <source>Create a source (publisher, title, URL, date, quote)</source>
            <translation>Mənbə yarat (nəşr edən, başlıq, URL, tarix, sitat)</translation>
        </message>
        <message>
            <source>New source</source>
            <translation>Yeni mənbə</translation>
        </message>
        <message>
            <source>e.g. Trend, Xinhua</source>
            <translation>məs. Trend, Xinhua</translation>
        </message>
        <message>
            <source>YYYY-MM-DD or YYYY-MM</source>
            <translation>İİİİ-AA-GG və ya İİİİ-AA</translation>
        </message>
        <message>
            <source>The language of the quote</source>
            <translation>Sitatın dili</translation>
        </message>
        <message>
            <source>The sentence that gives the figure</source>
            <translation>Rəqəmi verən cümlə</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Nəşr edən</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Başlıq</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Dərc tarixi</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Sitat</translation>
        </message>
        <message>
            <source>{text} is not a date: write YYYY-MM-DD or YYYY-MM.</source>
            <translation>«{text}» tarix deyil: İİİİ-AA-GG və ya İİİİ-AA yazın.</translation>
        </message>
        <message>
            <source>{text} is not a two-letter language code (en, ru, az, zh).</source>
            <translation>«{text}» iki hərfli dil kodu deyil (en, ru, az, zh).</translation>
        </message>
        <message>
            <source>Give at least a publisher or a URL: every figure is sourced.</source>
            <translation>Ən azı nəşr edəni və ya URL-i göstərin: hər rəqəmin mənbəyi olmalıdır.</translation>
        </message>
    </context>
    <context>
        <name>table_delegates</name>
        <message>
            <source>{code}, counted in {unit}</source>
            <translation>{code}, {unit} ilə ölçülür</translation>
        </message>
        <message>
            <source>(no partner)</source>
            <translation>(tərəfdaş ölkə yoxdur)</translation>
        </message>
        <message>
            <source>An ISO 3166 code (AZE, CHN) or a country's name</source>
            <translation>ISO 3166 kodu (AZE, CHN) və ya ölkənin adı</translation>
        </message>
        <message>
            <source>A project or item the figure is about</source>
            <translation>Rəqəmin aid olduğu layihə və ya obyekt</translation>
        </message>
        <message>
            <source>+20 %, −3.2 %, 2.5 times</source>
            <translation>+20 %, −3.2 %, 2.5 times</translation>
        </message>
        <message>
            <source>Empty: the source claims no change</source>
            <translation>Boş: mənbə dəyişiklik bildirmir</translation>
        </message>
        <message>
            <source>Set value to {value}</source>
            <translation>Dəyərin {value} olaraq dəyişdirilməsi</translation>
        </message>
    </context>
    <context>
        <name>table_export</name>
        <message>
            <source>Export table</source>
            <translation>Cədvəlin ixracı</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows written to {path}</source>
            <translation>
                <numerusform>%Ln sətir {path} faylına yazıldı</numerusform>
                <numerusform>%Ln sətir {path} faylına yazıldı</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not export the table: {error}</source>
            <translation>Cədvəl ixrac edilə bilmədi: {error}</translation>
        </message>
    </context>
    <context>
        <name>table_panel</name>
        <message>
            <source>any</source>
            <extracomment>rows whose texts decide the columns' first widths (a sample: the table may hold millions) widest a column opens (pixels): most indicator names whole (a longer one is elided, whole in its tooltip) with the period and value still in sight; long texts cut columns filled in later (computed in a worker): they open at least at their set width around a cell's text: margins, and the header's sort arrow and filter mark</extracomment>
            <translation>istənilən</translation>
        </message>
        <message>
            <source>Filter: words in indicator, country, source, note, quote; values as typed (2.44 bn, 57,000)… (Ctrl+F)</source>
            <extracomment>the current observation changed: obs_id (-1 for none)</extracomment>
            <translation>Süzgəc: göstəricidə, ölkədə, mənbədə, qeyddə, sitatda sözlər; dəyərlər yazıldığı kimi (2.44 bn, 57,000)… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Only figures whose period reaches this year or later</source>
            <translation>Yalnız dövrü bu ilə və ya sonrakı illərə çatan rəqəmlər</translation>
        </message>
        <message>
            <source>Only figures whose period starts in this year or earlier</source>
            <translation>Yalnız dövrü bu ildə və ya daha əvvəl başlayan rəqəmlər</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Başlanğıc</translation>
        </message>
        <message>
            <source>to</source>
            <translation>son</translation>
        </message>
        <message>
            <source>Filter {column}…</source>
            <extracomment>the header's state while only the set widths decided it (a table opened empty)</extracomment>
            <translation>Süzgəc: {column}…</translation>
        </message>
        <message>
            <source>Clear {column} filter</source>
            <translation>Süzgəci sil: {column}</translation>
        </message>
        <message>
            <source>Show all figures</source>
            <translation>Bütün rəqəmləri göstər</translation>
        </message>
        <message>
            <source>Sorting and filtering…</source>
            <translation>Çeşidləmə və süzmə…</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln figures</source>
            <translation>
                <numerusform>{shown} / %Ln rəqəm</numerusform>
                <numerusform>{shown} / %Ln rəqəm</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>table_text</name>
        <message>
            <source>more than</source>
            <extracomment>the words of the qualifier and status columns (codes -&gt; English, translated when shown)</extracomment>
            <translation>-dən çox</translation>
        </message>
        <message>
            <source>less than</source>
            <translation>-dən az</translation>
        </message>
        <message>
            <source>about</source>
            <translation>təxminən</translation>
        </message>
        <message>
            <source>nearly</source>
            <translation>az qala</translation>
        </message>
        <message>
            <source>up to</source>
            <translation>ən çoxu</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>faktiki</translation>
        </message>
        <message>
            <source>provisional</source>
            <translation>ilkin</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>qiymətləndirmə</translation>
        </message>
        <message>
            <source>forecast</source>
            <translation>proqnoz</translation>
        </message>
        <message>
            <source>target</source>
            <translation>hədəf</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>plan</translation>
        </message>
        <message>
            <source>derived</source>
            <translation>hesablanıb</translation>
        </message>
        <message>
            <source>exact (no bound)</source>
            <extracomment>the qualifier "exact" where a choice offers it (the table leaves it blank)</extracomment>
            <translation>dəqiq (hədsiz)</translation>
        </message>
        <message>
            <source>more than {change}</source>
            <extracomment>a reported change with its bound: "more than +20 %" ({change}: the signed change)</extracomment>
            <translation>{change}-dən çox</translation>
        </message>
        <message>
            <source>less than {change}</source>
            <translation>{change}-dən az</translation>
        </message>
        <message>
            <source>about {change}</source>
            <translation>təxminən {change}</translation>
        </message>
        <message>
            <source>nearly {change}</source>
            <translation>az qala {change}</translation>
        </message>
        <message>
            <source>up to {change}</source>
            <translation>ən çoxu {change}</translation>
        </message>
    </context>
    <context>
        <name>value_check</name>
        <message>
            <source>{indicator} is counted in {expected}, but the figure is in {unit}.</source>
            <translation>«{indicator}» göstəricisi «{expected}» vahidi ilə ölçülür, lakin dəyər «{unit}» vahidi ilə daxil edilib.</translation>
        </message>
        <message>
            <source>{value} is about {times} times the figure stored for {period} ({reference}).</source>
            <translation>{value} {period} üçün saxlanmış dəyərdən ({reference}) təxminən {times} dəfə çoxdur.</translation>
        </message>
        <message>
            <source>{value} is about {times} times smaller than the figure stored for {period} ({reference}).</source>
            <translation>{value} {period} üçün saxlanmış dəyərdən ({reference}) təxminən {times} dəfə azdır.</translation>
        </message>
        <message>
            <source>{value} would be a change of {change} on the same period a year earlier ({reference} for {period}).</source>
            <translation>{value} əvvəlki ilin eyni dövrü ilə müqayisədə {change} dəyişiklik deməkdir ({period} üçün {reference}).</translation>
        </message>
        <message>
            <source>Check the figure</source>
            <translation>Dəyəri yoxlayın</translation>
        </message>
        <message>
            <source>Did you mean {figure}?</source>
            <translation>Bəlkə {figure} nəzərdə tutulub?</translation>
        </message>
        <message>
            <source>Is the figure right?</source>
            <translation>Dəyər düzgündür?</translation>
        </message>
        <message>
            <source>&amp;Use {figure}</source>
            <translation>{figure} &amp;istifadə et</translation>
        </message>
        <message>
            <source>&amp;Keep {figure}</source>
            <translation>{figure} &amp;saxla</translation>
        </message>
        <message>
            <source>&amp;Go back</source>
            <translation>&amp;Geri qayıt</translation>
        </message>
    </context>
    <context>
        <name>view_actions</name>
        <message>
            <source>Saved &amp;views</source>
            <extracomment>View &gt; Saved views: one entry per stored view (click = apply)</extracomment>
            <translation>Saxlanmış &amp;görünüşlər</translation>
        </message>
        <message>
            <source>There is no saved view called “{name}”.</source>
            <translation>«{name}» adlı saxlanmış görünüş yoxdur.</translation>
        </message>
        <message>
            <source>Could not apply the view “{name}”: {error}</source>
            <translation>«{name}» görünüşü tətbiq edilə bilmədi: {error}</translation>
        </message>
        <message>
            <source>Showing the view “{name}”.</source>
            <translation>«{name}» görünüşü göstərilir.</translation>
        </message>
        <message>
            <source>Not done: {error}</source>
            <translation>İcra edilmədi: {error}</translation>
        </message>
        <message>
            <source>View “{name}” saved in the workspace.</source>
            <translation>«{name}» görünüşü iş sahəsində saxlanıldı.</translation>
        </message>
        <message>
            <source>No saved views yet (View &gt; Save view…)</source>
            <translation>Hələ saxlanmış görünüş yoxdur (Görünüş &gt; Görünüşü saxla…)</translation>
        </message>
    </context>
    <context>
        <name>view_dialog</name>
        <message>
            <source>Save view</source>
            <translation>Görünüşü saxla</translation>
        </message>
        <message>
            <source>What this view is for (optional)</source>
            <translation>Bu görünüş nə üçündür (istəyə bağlı)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Qeyd</translation>
        </message>
        <message>
            <source>Saves the pair, the table's filters and sort, the charted indicator, the chart's mode and range, and the comparison and pivot layouts in the workspace.</source>
            <translation>İş sahəsində ölkə cütünü, cədvəlin filtrlərini və sıralanmasını, qrafikdəki göstəricini, qrafikin rejimini və diapazonunu, həmçinin müqayisə və pivot cədvəlinin tərtibatını saxlayır.</translation>
        </message>
        <message>
            <source>A view called “{name}” exists: saving replaces it (Undo brings it back).</source>
            <translation>«{name}» adlı görünüş artıq var: saxlama onu əvəz edəcək (Geri al əmri əvvəlkini qaytarır).</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>Saxlanmış görünüşlər</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Tətbiq et</translation>
        </message>
        <message>
            <source>Show this view</source>
            <translation>Bu görünüşü göstər</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Adını dəyiş…</translation>
        </message>
        <message>
            <source>Give the view another name</source>
            <translation>Görünüşə başqa ad ver</translation>
        </message>
        <message>
            <source>Overwrite with current</source>
            <translation>Cari ilə əvəz et</translation>
        </message>
        <message>
            <source>Save what the desk shows now under this name</source>
            <translation>Hazırda göstəriləni bu adla saxla</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Delete the view (Undo brings it back)</source>
            <translation>Görünüşü sil (Geri al əmri onu qaytarır)</translation>
        </message>
        <message>
            <source>Rename view</source>
            <translation>Görünüşün adını dəyiş</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>Yeni ad</translation>
        </message>
    </context>
    <context>
        <name>workspace_actions</name>
        <message>
            <source>Corridor workspace (*.duckdb);;All files (*)</source>
            <translation>Corridor iş sahəsi (*.duckdb);;Bütün fayllar (*)</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>Yeni iş sahəsi</translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>İş sahəsini aç</translation>
        </message>
        <message>
            <source>Connected to {server} as {user} ({role})</source>
            <translation>{server} serverinə {user} ({role}) kimi qoşuldu</translation>
        </message>
        <message>
            <source>{path} already exists; choose a new name or open it instead.</source>
            <translation>{path} artıq mövcuddur; yeni ad seçin və ya onu açın.</translation>
        </message>
        <message>
            <source>Could not open the workspace: {reason}</source>
            <translation>İş sahəsini açmaq mümkün olmadı: {reason}</translation>
        </message>
        <message>
            <source>The workspace you had open is unchanged and still open.</source>
            <translation>Açıq olan iş sahəniz dəyişməyib və hələ də açıqdır.</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>Açıldı: {path}</translation>
        </message>
        <message>
            <source>Save workspace as</source>
            <translation>İş sahəsini fərqli saxla</translation>
        </message>
        <message>
            <source>Could not save a copy: {reason}</source>
            <translation>Surəti saxlamaq mümkün olmadı: {reason}</translation>
        </message>
        <message>
            <source>{workspace} is not a file: it has no backups to restore.</source>
            <translation>{workspace} fayl deyil: onun bərpa ediləcək ehtiyat nüsxəsi yoxdur.</translation>
        </message>
    </context>
</TS>