<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Form</name>
        <message>
            <source>Link Axis:</source>
            <translation>链接坐标轴：</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;将此坐标轴与另一个视图链接：两个视图将显示相同的数据范围。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;自动缩放时可见数据的百分比。数据有尖峰噪声时可减小此值。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;显示的数据变化时自动调整此坐标轴。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Auto</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;手动设置此坐标轴的范围。这会关闭自动缩放。 &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>手动</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;此坐标轴显示的最小值。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;此坐标轴显示的最大值。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;反转此坐标轴（+y 向下而非向上）。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Invert Axis</source>
            <translation>反转坐标轴</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;允许用鼠标平移和缩放此坐标轴。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Mouse Enabled</source>
            <translation>启用鼠标</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;勾选后，此坐标轴只按另一坐标轴方向上可见的数据自动缩放。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Visible Data Only</source>
            <translation>仅限可见数据</translation>
        </message>
        <message>
            <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
            <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;勾选后，坐标轴会自动平移以使当前数据居中，但比例不变。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
        </message>
        <message>
            <source>Auto Pan Only</source>
            <translation>仅自动平移</translation>
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
            <translation>视图选项</translation>
        </message>
        <message>
            <source>View All</source>
            <translation>显示全部</translation>
        </message>
        <message>
            <source>axis</source>
            <translation>轴</translation>
        </message>
        <message>
            <source>Mouse Mode</source>
            <translation>鼠标模式</translation>
        </message>
        <message>
            <source>3 button</source>
            <translation>三键</translation>
        </message>
        <message>
            <source>1 button</source>
            <translation>单键</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <source>&amp;File</source>
            <extracomment>the menus (titles translated where the menu bar is built)</extracomment>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;New workspace…</source>
            <extracomment>resources/icons/actions/&lt;icon&gt;.svg (app.ui.icons.action_icon; a freedesktop name where there is one, which is also the theme fallback) changes the workspace: disabled where it is read-only (a viewer of a server)</extracomment>
            <translation>新建工作区(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open workspace…</source>
            <translation>打开工作区(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Connect to Server…</source>
            <translation>连接服务器(&amp;C)…</translation>
        </message>
        <message>
            <source>Open a team workspace on a PostgreSQL server; others' changes appear as they make them</source>
            <translation>打开 PostgreSQL 服务器上的团队工作区；他人的修改会随时显示</translation>
        </message>
        <message>
            <source>Save workspace &amp;as…</source>
            <translation>工作区另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Import figures…</source>
            <translation>导入数据(&amp;I)…</translation>
        </message>
        <message>
            <source>Import a portal download or table</source>
            <translation>导入从门户网站下载的文件或表格</translation>
        </message>
        <message>
            <source>&amp;Fetch from a portal…</source>
            <translation>从门户获取(&amp;F)…</translation>
        </message>
        <message>
            <source>Ask the World Bank, UN Comtrade, the IMF or an SDMX agency for a pair's figures; preview, then import</source>
            <translation>向世界银行、联合国商品贸易统计数据库、国际货币基金组织或 SDMX 机构查询国家对的数据；先预览，再导入</translation>
        </message>
        <message>
            <source>Re&amp;fresh fetched figures…</source>
            <translation>刷新已获取的数据(&amp;F)…</translation>
        </message>
        <message>
            <source>Ask stored portal queries again; revised values keep their earlier vintages</source>
            <translation>重新执行已保存的门户查询；修订后的数值保留其早期版本</translation>
        </message>
        <message>
            <source>Refresh this series from its &amp;portal</source>
            <translation>从门户刷新此序列(&amp;P)</translation>
        </message>
        <message>
            <source>Ask again the portal queries that gave the current indicator's figures for the pair</source>
            <translation>重新执行为该国家对提供当前指标数据的门户查询</translation>
        </message>
        <message>
            <source>Export &amp;summary…</source>
            <translation>导出摘要(&amp;S)…</translation>
        </message>
        <message>
            <source>Export &amp;briefing…</source>
            <translation>导出简报(&amp;B)…</translation>
        </message>
        <message>
            <source>Word, PDF, HTML, Markdown or Excel briefing with charts and sources</source>
            <translation>含图表和来源的 Word、PDF、HTML、Markdown 或 Excel 简报</translation>
        </message>
        <message>
            <source>Export &amp;table…</source>
            <translation>导出表格(&amp;T)…</translation>
        </message>
        <message>
            <source>The rows as shown (filtered, sorted) to CSV, XLSX or Parquet</source>
            <translation>将当前显示的行（已筛选、已排序）导出为 CSV、XLSX 或 Parquet</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Copy cells</source>
            <translation>复制单元格(&amp;C)</translation>
        </message>
        <message>
            <source>Copy the selected cells as tab-separated text</source>
            <translation>将所选单元格复制为制表符分隔的文本</translation>
        </message>
        <message>
            <source>Copy c&amp;hart</source>
            <translation>复制图表(&amp;H)</translation>
        </message>
        <message>
            <source>Copy the chart as a picture</source>
            <translation>将图表复制为图片</translation>
        </message>
        <message>
            <source>&amp;Add observation…</source>
            <translation>添加观测值(&amp;A)…</translation>
        </message>
        <message>
            <source>Add figures from &amp;text…</source>
            <translation>从文本添加数据(&amp;T)…</translation>
        </message>
        <message>
            <source>Paste a press item; review the figures Corridor finds</source>
            <translation>粘贴一条新闻；核查 Corridor 找到的数据</translation>
        </message>
        <message>
            <source>&amp;Delete observations</source>
            <translation>删除观测值(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Filter…</source>
            <translation>筛选(&amp;F)…</translation>
        </message>
        <message>
            <source>Show &amp;all figures</source>
            <translation>显示全部数据(&amp;A)</translation>
        </message>
        <message>
            <source>Clear the table's filters (indicator, columns, text, years): every figure of the pair (also Esc in the table)</source>
            <translation>清除表格的筛选条件（指标、列、文本、年份）：显示该国家对的全部数据（在表格中也可按 Esc）</translation>
        </message>
        <message>
            <source>Sa&amp;ve view…</source>
            <translation>保存视图(&amp;V)…</translation>
        </message>
        <message>
            <source>Save the pair, filters, sort and chart under a name in the workspace</source>
            <translation>将国家对、筛选、排序和图表以一个名称保存在工作区中</translation>
        </message>
        <message>
            <source>&amp;Manage views…</source>
            <translation>管理视图(&amp;M)…</translation>
        </message>
        <message>
            <source>Apply, rename, overwrite or delete saved views</source>
            <translation>应用、重命名、覆盖或删除已保存的视图</translation>
        </message>
        <message>
            <source>E&amp;xport chart…</source>
            <translation>导出图表(&amp;X)…</translation>
        </message>
        <message>
            <source>PNG (size, DPI) or SVG</source>
            <translation>PNG（尺寸、DPI）或 SVG</translation>
        </message>
        <message>
            <source>&amp;Reset chart view</source>
            <translation>重置图表视图(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Projects</source>
            <translation>项目(&amp;P)</translation>
        </message>
        <message>
            <source>The project registry: companies, stages, sources and roll-ups</source>
            <translation>项目登记册：公司、阶段、来源和汇总</translation>
        </message>
        <message>
            <source>&amp;Claims</source>
            <translation>声明(&amp;C)</translation>
        </message>
        <message>
            <source>Every claim of the pair's sources with its verdict and the figures checked</source>
            <translation>该国家对各来源的所有声明，附核查结论及所核对的数据</translation>
        </message>
        <message>
            <source>C&amp;ompare series</source>
            <translation>比较序列(&amp;O)</translation>
        </message>
        <message>
            <source>Several indicators or pairs on one chart: levels, index, growth, share; drag catalogue entries onto it</source>
            <translation>在一张图上显示多个指标或国家对：水平、指数、增长、占比；可将目录条目拖到图上</translation>
        </message>
        <message>
            <source>Pi&amp;vot grid</source>
            <translation>透视表(&amp;V)</translation>
        </message>
        <message>
            <source>Indicators × periods, one preferred figure per cell, with conflict and claim marks</source>
            <translation>指标 × 期间，每格一个首选数值，并标出冲突和声明</translation>
        </message>
        <message>
            <source>Derive &amp;series…</source>
            <translation>推导序列(&amp;S)…</translation>
        </message>
        <message>
            <source>Compute what the sources do not publish (change, CAGR, months to years, YTD differences, rolling sums, formulas) with its lineage</source>
            <translation>计算来源未公布的数据（变化、年复合增长率、月度转年度、年初至今差值、滚动合计、公式），并保留其来源链</translation>
        </message>
        <message>
            <source>Derived series…</source>
            <translation>派生序列…</translation>
        </message>
        <message>
            <source>The stored derived series with their rules: remove one or recompute them all</source>
            <translation>已保存的派生序列及其规则：删除其中一个或全部重新计算</translation>
        </message>
        <message>
            <source>New &amp;indicator…</source>
            <translation>新建指标(&amp;I)…</translation>
        </message>
        <message>
            <source>Add an indicator to the catalogue: code, name, unit, kind and topic</source>
            <translation>向目录添加指标：代码、名称、单位、类型和主题</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>首选项(&amp;P)…</translation>
        </message>
        <message>
            <source>The desk's language (numbers and dates follow it)</source>
            <translation>工作台的语言（数字和日期随之变化）</translation>
        </message>
        <message>
            <source>&amp;History of the figure</source>
            <translation>数值的历史(&amp;H)</translation>
        </message>
        <message>
            <source>Every value the selected figure has had, who changed it and when; restore one</source>
            <translation>所选数值曾有的每个值、修改人和修改时间；可恢复任一值</translation>
        </message>
        <message>
            <source>Next pane</source>
            <translation>下一个窗格</translation>
        </message>
        <message>
            <source>Move the keyboard to the next pane: catalogue, table, chart, source</source>
            <translation>将键盘焦点移到下一个窗格：目录、表格、图表、来源</translation>
        </message>
        <message>
            <source>Previous pane</source>
            <translation>上一个窗格</translation>
        </message>
        <message>
            <source>Go to the catalogue</source>
            <translation>转到目录</translation>
        </message>
        <message>
            <source>Go to the table</source>
            <translation>转到表格</translation>
        </message>
        <message>
            <source>Go to the chart</source>
            <translation>转到图表</translation>
        </message>
        <message>
            <source>Go to the source</source>
            <translation>转到来源</translation>
        </message>
        <message>
            <source>&amp;About Corridor</source>
            <translation>关于 Corridor(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>add_dialog</name>
        <message>
            <source>Value</source>
            <extracomment>the form's fields, named in refusals ("Value: …") as on their labels</extracomment>
            <translation>数值</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Qualifier</source>
            <translation>精确度</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Add observation</source>
            <translation>添加数值</translation>
        </message>
        <message>
            <source>e.g. {examples}</source>
            <translation>例如：{examples}</translation>
        </message>
        <message>
            <source>Different unit</source>
            <translation>其他单位</translation>
        </message>
        <message>
            <source>Figures are kept in their indicator's unit; tick to store this one in another</source>
            <translation>数值按其指标的单位存储；勾选此项可用其他单位存储该数值</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Reporter (ISO)</source>
            <translation>报告方（ISO）</translation>
        </message>
        <message>
            <source>Partner (ISO)</source>
            <translation>伙伴方（ISO）</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Source publisher</source>
            <translation>来源（发布方）</translation>
        </message>
        <message>
            <source>Source URL</source>
            <translation>来源网址</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>发布日期</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>发言人</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>引文</translation>
        </message>
        <message>
            <source>Value: a negative figure is not possible in {unit}</source>
            <translation>数值：以{unit}计的数值不能为负</translation>
        </message>
        <message>
            <source>{field}: {error}</source>
            <translation>{field}：{error}</translation>
        </message>
        <message>
            <source>Reporter: {text} is not an ISO 3166 country code</source>
            <translation>报告方：{text}不是ISO 3166国家代码</translation>
        </message>
        <message>
            <source>Partner: {text} is not an ISO 3166 country code</source>
            <translation>伙伴方：{text}不是ISO 3166国家代码</translation>
        </message>
        <message>
            <source>Indicator: choose one from the catalogue</source>
            <translation>指标：请从目录中选择</translation>
        </message>
        <message>
            <source>Value: enter a number, e.g. 2.44 bn</source>
            <translation>数值：请输入数字，例如 2.44 bn</translation>
        </message>
        <message>
            <source>Unit: say what the figure counts</source>
            <translation>单位：请说明数值的计量单位</translation>
        </message>
        <message>
            <source>Source: give at least a publisher or a URL — every figure is sourced</source>
            <translation>来源：请至少填写发布方或网址——每个数值都须注明来源</translation>
        </message>
        <message>
            <source>Add {indicator} {period}</source>
            <translation>添加{indicator} {period}</translation>
        </message>
    </context>
    <context>
        <name>advice</name>
        <message>
            <source>viewer</source>
            <extracomment>a workspace role as the desk says it (Storage.role gives 'viewer', 'editor' or 'admin')</extracomment>
            <translation>查看者</translation>
        </message>
        <message>
            <source>editor</source>
            <translation>编辑者</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Save a copy ({menu}) to edit.</source>
            <extracomment>an accelerator written after the words, as Chinese menus do: "文件(&amp;F)"</extracomment>
            <translation>要编辑，请另存一份副本（{menu}）。</translation>
        </message>
        <message>
            <source>Backups are listed under {menu}.</source>
            <translation>备份列在 {menu} 下。</translation>
        </message>
    </context>
    <context>
        <name>analysis_actions</name>
        <message>
            <source>Compare</source>
            <translation>对比</translation>
        </message>
        <message>
            <source>Pivot</source>
            <translation>透视表</translation>
        </message>
    </context>
    <context>
        <name>candidate_model</name>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Bound</source>
            <translation>界限</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>报告方</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>伙伴国</translation>
        </message>
        <message>
            <source>Claimed change</source>
            <translation>声称的变化</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Bilateral</source>
            <translation>双边</translation>
        </message>
        <message>
            <source>Sentence</source>
            <translation>句子</translation>
        </message>
        <message>
            <source>accepted</source>
            <extracomment>a row's decision as its first cell says it (None: undecided)</extracomment>
            <translation>已接受</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no: “{words}”</source>
            <translation>否：“{words}”</translation>
        </message>
        <message>
            <source>{decision} (duplicate)</source>
            <translation>{decision}（重复）</translation>
        </message>
        <message>
            <source>Not a figure between two countries: the sentence says “{words}” (a total with the world or a region).</source>
            <translation>这不是两国之间的数字：句中写的是“{words}”（与全世界或某一地区的总额）。</translation>
        </message>
        <message>
            <source>A stored observation already has this figure.</source>
            <translation>已存数据中已有此数值。</translation>
        </message>
    </context>
    <context>
        <name>capacity_chart</name>
        <message>
            <source>signed (agreement)</source>
            <extracomment>the stages drawn as bars, with their legend words (translated where shown) and colours</extracomment>
            <translation>已签署（协议）</translation>
        </message>
        <message>
            <source>commissioned</source>
            <translation>已投产</translation>
        </message>
        <message>
            <source>MW</source>
            <translation>兆瓦</translation>
        </message>
        <message>
            <source>&lt;b&gt;Capacity by year&lt;/b&gt;: signed vs commissioned</source>
            <translation>&lt;b&gt;按年份的装机容量&lt;/b&gt;：已签署与已投产</translation>
        </message>
        <message numerus="yes">
            <source>{year}, {stage}: {capacity}, %n project(s)</source>
            <translation>
                <numerusform>{year}，{stage}：{capacity}，%n 个项目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n without capacity)</source>
            <translation>
                <numerusform>（%n 个未注明容量）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>catalogue_model</name>
        <message>
            <source>flow</source>
            <extracomment>what the search box matches: shown name, English name and code, one per line the stored topic of a topic row and of its indicators ("Trade", whatever is shown) what a dragged catalogue entry carries: indicator codes, UTF-8, one per line a topic's cells: selectable, not editable, dragged or dropped on an indicator's cells drag its code the kinds of indicator, as the catalogue stores them, with their words</extracomment>
            <translation>流量</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>存量</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>比率</translation>
        </message>
        <message>
            <source>count</source>
            <translation>计数</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>数据条数</translation>
        </message>
    </context>
    <context>
        <name>catalogue_panel</name>
        <message>
            <source>Search indicators…</source>
            <extracomment>an indicator was chosen: (code, name) "Add to comparison" on an indicator: its code</extracomment>
            <translation>搜索指标…</translation>
        </message>
        <message>
            <source>Add to comparison</source>
            <translation>加入对比</translation>
        </message>
        <message>
            <source>Draw this indicator for the current pair on the comparison chart</source>
            <translation>在对比图上绘制当前国家对的该指标</translation>
        </message>
        <message>
            <source>Edit indicator…</source>
            <translation>编辑指标…</translation>
        </message>
        <message>
            <source>New indicator…</source>
            <translation>新建指标…</translation>
        </message>
    </context>
    <context>
        <name>chart_axis_items</name>
        <message>
            <source>{month} {year}</source>
            <extracomment>a number in a formatted quantity that stands alone ("$7 bn", "7 %", not "7,000 MW") z value of the chart's axes: under the plot's view box (-100), so that the opaque grid lines run under the figures (the event strip's ground covers them there too) what the plot is painted on (ChartPanel's background): the grid's colours blend into it</extracomment>
            <translation>{year}年{month}</translation>
        </message>
    </context>
    <context>
        <name>chart_event_parts</name>
        <message>
            <source>Source: {source}</source>
            <extracomment>pyqtgraph symbols of the painter's marker shapes (events look the same on paper)</extracomment>
            <translation>来源：{source}</translation>
        </message>
        <message>
            <source>Add annotation here…</source>
            <translation>在此添加注释…</translation>
        </message>
    </context>
    <context>
        <name>chart_events_strip</name>
        <message>
            <source>Events</source>
            <extracomment>"Add annotation here…": the ISO day clicked Edit… / Delete on an event marker: event_id the event types the user hid (list[str]), to be remembered</extracomment>
            <translation>事件</translation>
        </message>
        <message>
            <source>Event types marked on the timeline</source>
            <translation>时间轴上标注的事件类型</translation>
        </message>
        <message>
            <source>Events ({count})</source>
            <translation>事件（{count}）</translation>
        </message>
        <message>
            <source>Edit “{title}”…</source>
            <translation>编辑“{title}”…</translation>
        </message>
        <message>
            <source>Delete “{title}”</source>
            <translation>删除“{title}”</translation>
        </message>
        <message>
            <source>Add annotation here…</source>
            <translation>在此添加注释…</translation>
        </message>
    </context>
    <context>
        <name>chart_export</name>
        <message>
            <source>the chart could not be drawn</source>
            <translation>无法绘制图表</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <source> px</source>
            <translation> 像素</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>宽度</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>高度</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>分辨率</translation>
        </message>
        <message>
            <source>{format} image (*.{suffix})</source>
            <translation>{format} 图像 (*.{suffix})</translation>
        </message>
        <message>
            <source>Could not export the chart to {file}: {error}</source>
            <translation>无法将图表导出到 {file}：{error}</translation>
        </message>
        <message>
            <source>Chart written to {file}</source>
            <translation>图表已写入 {file}</translation>
        </message>
        <message>
            <source>Chart copied to the clipboard.</source>
            <translation>图表已复制到剪贴板。</translation>
        </message>
    </context>
    <context>
        <name>chart_panel</name>
        <message>
            <source>Select an indicator to chart it.</source>
            <extracomment>the user clicked a marker: obs_id</extracomment>
            <translation>选择一个指标以绘制图表。</translation>
        </message>
        <message>
            <source>Reset view</source>
            <translation>重置视图</translation>
        </message>
        <message>
            <source>Fit all figures (Ctrl+0)</source>
            <translation>显示全部数据（Ctrl+0）</translation>
        </message>
        <message>
            <source>Same period</source>
            <translation>同期</translation>
        </message>
        <message>
            <source>Draw one window (e.g. Jan–Oct) of every year side by side</source>
            <translation>并排显示每年的同一时段（如 1–10 月）</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{name}&lt;/b&gt; — %n figures; ★ marks a record in its series ({records})</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; — %n 个数据；★ 标记序列中的纪录（{records}）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>chart_tooltips</name>
        <message>
            <source>Record: {figure}</source>
            <translation>纪录：{figure}</translation>
        </message>
        <message>
            <source>{series}, {window} of each year</source>
            <translation>{series}，每年{window}</translation>
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
            <translation>数据 #{obs_id} 的说法无法删除：它是数据 {obs_id} 所报告的变化；请编辑该数据。</translation>
        </message>
        <message>
            <source>This is the reported change of figure #{obs_id}: edit the figure.</source>
            <translation>这是数据 #{obs_id} 所报告的变化：请编辑该数据。</translation>
        </message>
        <message>
            <source>Delete claims</source>
            <translation>删除说法</translation>
        </message>
        <message>
            <source>Delete {count} claim(s)? (Undo restores them.)</source>
            <translation>删除 {count} 条说法？（撤销可恢复。）</translation>
        </message>
    </context>
    <context>
        <name>claim_dialog</name>
        <message>
            <source>year</source>
            <extracomment>the codes the form offers in a choice (windows, units, ranks), as words; qualifiers are named as the figures table names them (app.qt.table_text)</extracomment>
            <translation>年</translation>
        </message>
        <message>
            <source>year to date</source>
            <translation>年初至今</translation>
        </message>
        <message>
            <source>half-year</source>
            <translation>半年</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <source>month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>times</source>
            <translation>倍</translation>
        </message>
        <message>
            <source>first</source>
            <translation>首个</translation>
        </message>
        <message>
            <source>only</source>
            <translation>唯一</translation>
        </message>
        <message>
            <source>Of</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>预期</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>时间窗口</translation>
        </message>
        <message>
            <source>Change</source>
            <extracomment>the parameters each type's form shows (docs/claims.md, "Parameters per type")</extracomment>
            <translation>变化</translation>
        </message>
        <message>
            <source>Change unit</source>
            <translation>变化单位</translation>
        </message>
        <message>
            <source>Change qualifier</source>
            <translation>变化限定词</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>连续次数</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>名次</translation>
        </message>
        <message>
            <source>Among</source>
            <translation>范围内</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Total unit</source>
            <translation>合计单位</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>{field}: {text} is not a whole number</source>
            <translation>{field}：{text} 不是整数</translation>
        </message>
        <message>
            <source>{field}: {text} is not a number</source>
            <translation>{field}：{text} 不是数字</translation>
        </message>
        <message>
            <source>Edit claim {id}</source>
            <translation>编辑说法 {id}</translation>
        </message>
        <message>
            <source>Add claim</source>
            <translation>添加说法</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>ISO alpha-3</source>
            <translation>ISO alpha-3</translation>
        </message>
        <message>
            <source>2025, 2025-Q1, 2025-01/2025-10, @2027-12 or empty</source>
            <translation>2025、2025-Q1、2025-01/2025-10、@2027-12 或留空</translation>
        </message>
        <message>
            <source>in the canonical unit, e.g. 2440000000</source>
            <translation>以标准单位表示，例如 2440000000</translation>
        </message>
        <message>
            <source>USD, MW, %, persons…</source>
            <translation>USD、MW、%、人次…</translation>
        </message>
        <message>
            <source>(choose the source)</source>
            <translation>（选择来源）</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>报告方</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>伙伴国</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Qualifier</source>
            <translation>限定词</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>引文</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Choose the source whose statement this is.</source>
            <translation>请选择作出此说法的来源。</translation>
        </message>
        <message>
            <source>Period: {error}</source>
            <translation>期间：{error}</translation>
        </message>
        <message>
            <source>{field}: an ISO alpha-3 code such as CHN, not {code}</source>
            <translation>{field}：应为 ISO alpha-3 代码（如 CHN），而不是 {code}</translation>
        </message>
    </context>
    <context>
        <name>claim_model</name>
        <message>
            <source>growth</source>
            <extracomment>the record tables a verdict depends on (besides the figures and sources) statuses shown in the status column (an actual claim shows nothing) the claim types as the desk names them (ClaimType)</extracomment>
            <translation>增长</translation>
        </message>
        <message>
            <source>level</source>
            <translation>水平</translation>
        </message>
        <message>
            <source>record</source>
            <translation>纪录</translation>
        </message>
        <message>
            <source>record streak</source>
            <translation>连创纪录</translation>
        </message>
        <message>
            <source>first</source>
            <translation>首个</translation>
        </message>
        <message>
            <source>rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>sum / count</source>
            <translation>合计 / 数量</translation>
        </message>
        <message>
            <source>share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>actual</source>
            <extracomment>a claim's status (what the source says of its figure: done, expected, planned…)</extracomment>
            <translation>实际</translation>
        </message>
        <message>
            <source>expected</source>
            <translation>预期</translation>
        </message>
        <message>
            <source>forecast</source>
            <translation>预测</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Verdict</source>
            <extracomment>(title, column of the view frame, width)</extracomment>
            <translation>核查结论</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>报告方</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>说法</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
    </context>
    <context>
        <name>claims_panel</name>
        <message>
            <source>Let records and streaks use the other side's figure</source>
            <translation>允许纪录和连续纪录使用另一方的数据</translation>
        </message>
        <message>
            <source>Select a claim to see its quote, the reasoning and the figures.</source>
            <translation>选择一条说法，查看其引文、推理和数据。</translation>
        </message>
        <message>
            <source>{verdict} — {type}: {claim}</source>
            <translation>{verdict} — {type}：{claim}</translation>
        </message>
        <message>
            <source>“{quote}” — {source}</source>
            <translation>“{quote}”——{source}</translation>
        </message>
        <message>
            <source>Figures checked against</source>
            <translation>用于核查的数据</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>The reported change of figure #{obs_id} (no stored claim refers to it).</source>
            <translation>数据 #{obs_id} 所报告的变化（没有已存说法引用它）。</translation>
        </message>
        <message>
            <source>no longer in the workspace</source>
            <translation>已不在工作区中</translation>
        </message>
        <message>
            <source>project {id}</source>
            <translation>项目 {id}</translation>
        </message>
        <message>
            <source>any verdict</source>
            <extracomment>claim_id claim ids (list[int]) "Let records and streaks use the other side's figure" toggled show this indicator on the chart (the claim's) the figures a selected claim was checked against (list[int]); [] clears</extracomment>
            <translation>任意结论</translation>
        </message>
        <message>
            <source>any type</source>
            <translation>任意类型</translation>
        </message>
        <message>
            <source>Selected source only</source>
            <translation>仅所选来源</translation>
        </message>
        <message>
            <source>Only the claims of the source of the figure selected in the main table</source>
            <translation>仅显示主表中所选数据之来源的说法</translation>
        </message>
        <message>
            <source>A record or streak check may fill a year missing from the claimant's series with the other side's figure for it</source>
            <translation>核查纪录或连续纪录时，说法方序列中缺失的年份可用另一方该年的数据补足</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>核查结论</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Add claim…</source>
            <translation>添加说法…</translation>
        </message>
        <message>
            <source>Add a claim of a stored source</source>
            <translation>添加某个已存来源的说法</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Change the selected claim</source>
            <translation>修改所选说法</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete the selected claims (undo restores them)</source>
            <translation>删除所选说法（撤销可恢复）</translation>
        </message>
        <message>
            <source>{shown} of {total} claims</source>
            <translation>说法：{shown} / {total} 条</translation>
        </message>
        <message>
            <source>{total} claims</source>
            <translation>说法：{total} 条</translation>
        </message>
    </context>
    <context>
        <name>column_filter</name>
        <message>
            <source>Filter {column}</source>
            <extracomment>ColumnFilter | None</extracomment>
            <translation>筛选：{column}</translation>
        </message>
        <message>
            <source>Clear filter</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Search values…</source>
            <translation>搜索数值…</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>全选</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>全不选</translation>
        </message>
        <message>
            <source>e.g. 1 bn or 57,000 (empty: no minimum)</source>
            <translation>例如 1 bn 或 57,000（留空：无下限）</translation>
        </message>
        <message>
            <source>e.g. 2.44 bn (empty: no maximum)</source>
            <translation>例如 2.44 bn（留空：无上限）</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>不少于</translation>
        </message>
        <message>
            <source>At most</source>
            <translation>不超过</translation>
        </message>
        <message>
            <source>e.g. 2019 or 2019-07 (empty: from the first)</source>
            <translation>例如 2019 或 2019-07（留空：从最早开始）</translation>
        </message>
        <message>
            <source>e.g. 2025-10 (empty: to the last)</source>
            <translation>例如 2025-10（留空：直到最后）</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Show all figures</source>
            <extracomment>a chip's ✕ was clicked: the column</extracomment>
            <translation>显示全部数据</translation>
        </message>
        <message>
            <source>Clear the filters: every figure of the pair (Esc, Ctrl+Shift+A)</source>
            <translation>清除筛选：显示该国家对的全部数据（Esc，Ctrl+Shift+A）</translation>
        </message>
        <message>
            <source>Remove this filter</source>
            <translation>移除此筛选</translation>
        </message>
    </context>
    <context>
        <name>columns</name>
        <message>
            <source>✓ consistent</source>
            <translation>✓ 一致</translation>
        </message>
        <message>
            <source>✗ inconsistent</source>
            <translation>✗ 不一致</translation>
        </message>
        <message>
            <source>? cannot check</source>
            <translation>? 无法核查</translation>
        </message>
        <message>
            <source>⇄ sources disagree</source>
            <translation>⇄ 来源说法不一</translation>
        </message>
        <message>
            <source>A target, not an outcome.</source>
            <extracomment>what a target, plan or forecast is said to be in its value's tooltip</extracomment>
            <translation>这是目标，不是实际结果。</translation>
        </message>
        <message>
            <source>A plan, not an outcome.</source>
            <translation>这是计划，不是实际结果。</translation>
        </message>
        <message>
            <source>A forecast, not an outcome.</source>
            <translation>这是预测，不是实际结果。</translation>
        </message>
        <message>
            <source>Indicator</source>
            <extracomment>a target, plan or forecast: the value is drawn in this colour and labelled painted after the value of a figure edited since its source gave it (not in its text) how each filterable column is named on screen (header menus, filter chips, tooltips)</extracomment>
            <translation>指标</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>报告国</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>伙伴国</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Qualifier</source>
            <translation>精确度</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>As the source wrote it: {text}</source>
            <extracomment>a target, plan or forecast (one array per change: cheap per-cell reads) indicator names in the desk's language (as stored where they have no translation) figures whose value was changed by hand (no longer what the source's quote says) what the text search and the source filter read (sources, notes, names; coded) the order of all rows per sort (read-only), kept while these arrays are current store columns :class:`TableData` holds as plain arrays: (column, attribute) the column filters its header offers (:mod:`app.domain.view_filters`)</extracomment>
            <translation>来源原文：{text}</translation>
        </message>
        <message>
            <source>Edited: no longer the value the source's quote gives</source>
            <translation>已编辑：数值已不再是来源引文给出的数值</translation>
        </message>
        <message>
            <source>Not computed for more than {count} rows: narrow the pair</source>
            <translation>超过 {count} 行时不计算：请缩小范围</translation>
        </message>
        <message>
            <source>No comparable figure a year earlier</source>
            <translation>没有上一年的可比数据</translation>
        </message>
        <message>
            <source>The source claims no growth rate</source>
            <translation>来源未声称增长率</translation>
        </message>
        <message>
            <source>No quote kept</source>
            <translation>未保存引文</translation>
        </message>
        <message numerus="yes">
            <source>%n sources give this figure (rows tinted together).</source>
            <translation>
                <numerusform>%n 个来源给出此数据（这些行以同一底色标出）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Reported change</source>
            <translation>所报变化</translation>
        </message>
        <message>
            <source>YoY (same period)</source>
            <translation>同比（同期）</translation>
        </message>
        <message>
            <source>Claim check</source>
            <translation>声明核查</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>compare_add</name>
        <message>
            <source>— (none)</source>
            <translation>—（无）</translation>
        </message>
        <message>
            <source>Add series to the comparison</source>
            <translation>向对比中添加序列</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>申报方</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>伙伴方</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>The kind with most figures</source>
            <translation>数值最多的类型</translation>
        </message>
        <message numerus="yes">
            <source>{window} (%n figures)</source>
            <translation>
                <numerusform>{window}（%n 个数值）</numerusform>
            </translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>月度</translation>
        </message>
        <message>
            <source>quarterly</source>
            <translation>季度</translation>
        </message>
        <message>
            <source>half-yearly</source>
            <translation>半年度</translation>
        </message>
        <message>
            <source>as of dates</source>
            <translation>截至日期</translation>
        </message>
        <message>
            <source>{months}-month periods</source>
            <translation>{months}个月期间</translation>
        </message>
        <message>
            <source>calendar years</source>
            <translation>日历年</translation>
        </message>
    </context>
    <context>
        <name>compare_items</name>
        <message>
            <source>Circle: full year · triangle: year to date · diamond: quarter, half or month · square: as of a date · hollow: target, plan or forecast · hexagon: derived from other figures</source>
            <extracomment>what the marker shapes mean, in English (shown through :func:`key_text`)</extracomment>
            <translation>圆形：全年 · 三角形：年初至今 · 菱形：季度、半年或月 · 方形：截至某日 · 空心：目标、计划或预测 · 六边形：由其他数值推算</translation>
        </message>
        <message numerus="yes">
            <source>{series}: %n points</source>
            <extracomment>above this many points in all, lines are drawn 1 px wide a hovered marker's text: (x, y, (line, point)) -&gt; tooltip</extracomment>
            <translation>
                <numerusform>{series}：%n 个点</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n units ({units}): one chart holds two, so each series has its own panel.</source>
            <extracomment>marker styles of a series: (hollow, derived) -&gt; the scatter drawing those points the items of each series on one chart: its axis ("left", "right") and items small multiples: each series' plot and items</extracomment>
            <translation>
                <numerusform>%n 个单位（{units}）：一张图表只能容纳两个单位，因此每个序列单独显示在一个面板中。</numerusform>
            </translation>
        </message>
        <message>
            <source>Auto (no figures)</source>
            <translation>自动（无数值）</translation>
        </message>
        <message>
            <source>Auto: {period}</source>
            <translation>自动：{period}</translation>
        </message>
    </context>
    <context>
        <name>compare_panel</name>
        <message>
            <source>Drag indicators here from the catalogue, or use “Add series…”.</source>
            <translation>从目录中将指标拖到此处，或使用“添加序列…”。</translation>
        </message>
        <message>
            <source>Levels</source>
            <extracomment>the modes as the mode box names them (app.domain.compare.MODE_WORDS, in English)</extracomment>
            <translation>水平值</translation>
        </message>
        <message>
            <source>Index (base period = 100)</source>
            <translation>指数（基期 = 100）</translation>
        </message>
        <message>
            <source>Growth on a year earlier (%)</source>
            <translation>同比增长（%）</translation>
        </message>
        <message>
            <source>Share of a total (%)</source>
            <translation>占总量比重（%）</translation>
        </message>
        <message>
            <source>The period whose figure is 100</source>
            <extracomment>the user changed what is compared or how (a saved view may want to know) a marker was clicked: obs_id (store, generation, series, total, figures, world totals, base choices)</extracomment>
            <translation>数值设为 100 的期间</translation>
        </message>
        <message>
            <source>Each series as a percent of this total, period by period</source>
            <translation>各序列逐期占该总计的百分比</translation>
        </message>
        <message>
            <source>Small multiples</source>
            <translation>分面小图</translation>
        </message>
        <message>
            <source>One panel per series, sharing the time axis</source>
            <translation>每个序列一个面板，共用时间轴</translation>
        </message>
        <message>
            <source>The compared series (Delete removes the selected ones)</source>
            <translation>参与对比的序列（按 Delete 移除所选序列）</translation>
        </message>
        <message>
            <source>Choose indicator, reporter and partner</source>
            <translation>选择指标、申报方和伙伴方</translation>
        </message>
        <message>
            <source>Add series…</source>
            <translation>添加序列…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove the selected series</source>
            <translation>移除所选序列</translation>
        </message>
        <message>
            <source>Remove every series</source>
            <translation>移除全部序列</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <source>{series} is already compared.</source>
            <translation>{series} 已在对比中。</translation>
        </message>
        <message>
            <source>No figures of {indicator} for {pair} that are not compared yet.</source>
            <translation>{pair} 没有尚未参与对比的“{indicator}”数值。</translation>
        </message>
        <message>
            <source>No figures of {indicator} for no pair chosen that are not compared yet.</source>
            <translation>没有“{indicator}”的数值：尚未选择国家对。</translation>
        </message>
        <message>
            <source>of {series}</source>
            <translation>占 {series}</translation>
        </message>
        <message>
            <source>Sum of the shown series</source>
            <translation>所示序列之和</translation>
        </message>
    </context>
    <context>
        <name>conflicts_panel</name>
        <message>
            <source>Conflict / source</source>
            <translation>冲突 / 来源</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>报告方</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>首选</translation>
        </message>
        <message>
            <source>marked preferred</source>
            <extracomment>why the analytics use the figure they use (app.domain.analytics.conflicts "used_rule")</extracomment>
            <translation>已标为首选</translation>
        </message>
        <message>
            <source>the latest published</source>
            <translation>最新发布</translation>
        </message>
        <message>
            <source>each side's own figure</source>
            <translation>各方自己的数据</translation>
        </message>
        <message>
            <source>{spread} % apart</source>
            <extracomment>the widest a source's label opens the first column (pixels); a longer one is shortened in the middle ("Ministry of … (Global Times)") and whole in its tooltip. A conflict's own label is never shortened: the first column is always as wide as the widest.</extracomment>
            <translation>相差 {spread}%</translation>
        </message>
        <message numerus="yes">
            <source>%n sources disagree</source>
            <translation>
                <numerusform>%n 个来源不一致</numerusform>
            </translation>
        </message>
        <message>
            <source>The two sides' statistics disagree (mirror figures)</source>
            <translation>双方统计数据不一致（镜像数据）</translation>
        </message>
        <message>
            <source>From {low} to {high}, {spread} % apart</source>
            <translation>从 {low} 到 {high}，相差 {spread}%</translation>
        </message>
        <message>
            <source>From {low} to {high}</source>
            <translation>从 {low} 到 {high}</translation>
        </message>
        <message>
            <source>Charts and summaries use {value} ({source}): {rule}</source>
            <translation>图表和摘要使用 {value}（{source}）：{rule}</translation>
        </message>
        <message>
            <source>unknown source</source>
            <translation>未知来源</translation>
        </message>
        <message>
            <source>Mark preferred</source>
            <extracomment>the user chose a preferred value: the edit to push an observation was selected in the list: obs_id</extracomment>
            <translation>标为首选</translation>
        </message>
        <message>
            <source>Use this source's value in charts and summaries (undo with Ctrl+Z)</source>
            <translation>在图表和摘要中使用该来源的数值（按 Ctrl+Z 撤销）</translation>
        </message>
        <message>
            <source>Looking for disagreements…</source>
            <extracomment>the listing describes an earlier store while a rebuild runs: nothing to act on</extracomment>
            <translation>正在查找不一致之处…</translation>
        </message>
        <message numerus="yes">
            <source>Disagreements: %n.</source>
            <translation>
                <numerusform>不一致之处：%n。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Without a preferred value: %n. Select a source and mark it preferred.</source>
            <translation>
                <numerusform>无首选数值：%n。请选择一个来源并将其标为首选。</numerusform>
            </translation>
        </message>
        <message>
            <source>The disagreements could not be listed: {error}</source>
            <translation>无法列出不一致之处：{error}</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Unexpected error: {summary}</source>
            <extracomment>(summary, details): emitted from any thread, delivered on the GUI thread</extracomment>
            <translation>意外错误：{summary}</translation>
        </message>
    </context>
    <context>
        <name>crash_dialog</name>
        <message>
            <source>Your edits are safe: Corridor saves each one to the workspace as you make it. You can keep working; if something looks wrong, restart Corridor. To report the problem, copy the details below and attach the log file.</source>
            <translation>您的编辑是安全的：Corridor 会在您每次编辑时立即将其保存到工作区。您可以继续工作；如果有异常，请重新启动 Corridor。要报告此问题，请复制下面的详细信息并附上日志文件。</translation>
        </message>
        <message>
            <source>Edits made before the crash are in the workspace: Corridor saves each one as you make it. The details below are what Python wrote as the program stopped (often inside Qt or another library); please copy them into a report with the log file.</source>
            <translation>崩溃前所做的编辑都已保存在工作区中：Corridor 会在您每次编辑时立即保存。下面的详细信息是程序停止时 Python 写下的内容（通常发生在 Qt 或其他库内部）；请将其连同日志文件一起复制到报告中。</translation>
        </message>
        <message>
            <source>Something went wrong:</source>
            <translation>出现问题：</translation>
        </message>
        <message>
            <source>Corridor stopped unexpectedly the last time it ran:</source>
            <translation>Corridor 上次运行时意外停止：</translation>
        </message>
        <message>
            <source>Corridor: unexpected error</source>
            <translation>Corridor：意外错误</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>日志文件：{path}</translation>
        </message>
        <message>
            <source>No log file (logging is off).</source>
            <translation>没有日志文件（日志记录已关闭）。</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
        <message>
            <source>--- and then ---</source>
            <translation>--- 然后 ---</translation>
        </message>
    </context>
    <context>
        <name>derive_dialog</name>
        <message>
            <source>year</source>
            <extracomment>the target frequencies and aggregations: (title, the parameter's value)</extracomment>
            <translation>年</translation>
        </message>
        <message>
            <source>half</source>
            <translation>半年</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <source>sum</source>
            <translation>求和</translation>
        </message>
        <message>
            <source>last</source>
            <translation>期末值</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>平均值</translation>
        </message>
        <message>
            <source>{reporter} (no partner)</source>
            <translation>{reporter}（无伙伴方）</translation>
        </message>
        <message>
            <source>Derive a series</source>
            <translation>推算序列</translation>
        </message>
        <message>
            <source>Add input</source>
            <translation>添加输入</translation>
        </message>
        <message>
            <source>Remove input</source>
            <translation>移除输入</translation>
        </message>
        <message>
            <source>what to call it (default from the rule)</source>
            <translation>名称（默认按规则生成）</translation>
        </message>
        <message>
            <source>Restart every January</source>
            <translation>每年一月重新累计</translation>
        </message>
        <message>
            <source>Periods back</source>
            <translation>向前期数</translation>
        </message>
        <message>
            <source>From period</source>
            <translation>起始期间</translation>
        </message>
        <message>
            <source>To period</source>
            <translation>截止期间</translation>
        </message>
        <message>
            <source>Target frequency</source>
            <translation>目标频率</translation>
        </message>
        <message>
            <source>Window (months)</source>
            <translation>窗口（月）</translation>
        </message>
        <message>
            <source>Aggregation</source>
            <translation>汇总方式</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>输入</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>公式</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Output indicator</source>
            <translation>输出指标</translation>
        </message>
        <message>
            <source>First derived figures:</source>
            <translation>前几个推算数值：</translation>
        </message>
        <message>
            <source>{figures}, {gaps}, in {unit} → {output} (stored as derived)</source>
            <translation>{figures}，{gaps}，单位：{unit} → {output}（作为推算序列保存）</translation>
        </message>
        <message>
            <source>no unit</source>
            <translation>无</translation>
        </message>
        <message numerus="yes">
            <source>%n figure</source>
            <translation>
                <numerusform>%n 个数值</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n figures</source>
            <translation>
                <numerusform>%n 个数值</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gap</source>
            <translation>
                <numerusform>%n 处缺失</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gaps</source>
            <translation>
                <numerusform>%n 处缺失</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>derived_series_dialog</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>输出</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Derived series</source>
            <translation>推算序列</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <source>Remove the selected derived series and its figures</source>
            <translation>删除所选推算序列及其数值</translation>
        </message>
        <message>
            <source>Re&amp;compute all</source>
            <translation>全部重新计算(&amp;C)</translation>
        </message>
        <message>
            <source>Compute every derived series again from its inputs</source>
            <translation>根据输入重新计算所有推算序列</translation>
        </message>
        <message>
            <source>No derived series are stored. Edit &gt; Derive series… adds one.</source>
            <translation>尚未保存推算序列。可通过“编辑 &gt; 推算序列…”添加。</translation>
        </message>
        <message>
            <source>Not removed: {error}.</source>
            <translation>未删除：{error}。</translation>
        </message>
        <message>
            <source>{change} (Ctrl+Z undoes it).</source>
            <translation>{change}（按 Ctrl+Z 撤销）。</translation>
        </message>
        <message>
            <source>Not recomputed: {error}.</source>
            <translation>未重新计算：{error}。</translation>
        </message>
        <message>
            <source>Derived series are up to date.</source>
            <translation>推算序列已是最新。</translation>
        </message>
    </context>
    <context>
        <name>dock_panel_parts</name>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>edit_actions</name>
        <message>
            <source>Data files (*.csv *.tsv *.txt *.xlsx *.parquet);;All files (*)</source>
            <translation>数据文件 (*.csv *.tsv *.txt *.xlsx *.parquet);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Select the rows to delete first.</source>
            <translation>请先选择要删除的行。</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n observation(s)? (Undo restores them.)</source>
            <translation>
                <numerusform>删除 %n 条观测值？（撤销可恢复。）</numerusform>
            </translation>
        </message>
        <message>
            <source>1 of them is a figure of a derived series: recomputing the series puts it back. Edit &gt; Derived series… removes a series with its figures.</source>
            <translation>其中 1 条是推算序列的数值：重新计算该序列时会恢复。要连同数值一起删除序列，请使用“编辑 &gt; 推算序列…”。</translation>
        </message>
        <message numerus="yes">
            <source>%n of them are figures of a derived series: recomputing the series puts them back. Edit &gt; Derived series… removes a series with its figures.</source>
            <translation>
                <numerusform>其中 %n 条是推算序列的数值：重新计算该序列时会恢复。要连同数值一起删除序列，请使用“编辑 &gt; 推算序列…”。</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete observations</source>
            <translation>删除观测值</translation>
        </message>
        <message>
            <source>Import figures</source>
            <translation>导入数据</translation>
        </message>
        <message>
            <source>Imported from {file}: {change}</source>
            <translation>已从 {file} 导入：{change}</translation>
        </message>
    </context>
    <context>
        <name>event_dialog</name>
        <message>
            <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
        </message>
        <message>
            <source>The date must be {hint}.</source>
            <translation>日期格式须为 {hint}。</translation>
        </message>
        <message>
            <source>The end date must be {hint}, or empty.</source>
            <translation>结束日期格式须为 {hint}，或留空。</translation>
        </message>
        <message>
            <source>The event ends before it starts.</source>
            <translation>事件的结束早于开始。</translation>
        </message>
        <message>
            <source>Give the event a title.</source>
            <translation>请为事件填写标题。</translation>
        </message>
        <message>
            <source>Countries are ISO alpha-3 codes separated by spaces (not {code}).</source>
            <translation>国家须为以空格分隔的 ISO alpha-3 代码（而不是 {code}）。</translation>
        </message>
        <message>
            <source>Choose a stored source from the list, or leave it empty.</source>
            <translation>请从列表中选择已存来源，或留空。</translation>
        </message>
        <message>
            <source>The source is not stored in this workspace.</source>
            <translation>此工作区中没有该来源。</translation>
        </message>
        <message>
            <source>Edit event</source>
            <translation>编辑事件</translation>
        </message>
        <message>
            <source>Add annotation</source>
            <translation>添加批注</translation>
        </message>
        <message>
            <source>The source's words, verbatim (optional)</source>
            <translation>来源原话（可选）</translation>
        </message>
        <message>
            <source>Link to the indicator “{name}”</source>
            <translation>关联到指标“{name}”</translation>
        </message>
        <message>
            <source>none: the user's own annotation</source>
            <translation>无：用户自己的批注</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Until (optional)</source>
            <translation>截止（可选）</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>引文</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Not added: {error}</source>
            <extracomment>the dialog open now (tests fill it in)</extracomment>
            <translation>未添加：{error}</translation>
        </message>
        <message>
            <source>Deleted “{title}” (Undo brings it back).</source>
            <translation>已删除“{title}”（撤销可恢复）。</translation>
        </message>
    </context>
    <context>
        <name>event_painter</name>
        <message>
            <source>visit</source>
            <extracomment>colour and marker shape of each event type, on screen and in documents shapes that are strokes only (nothing inside to fill) the shaded band of an event with a range (one colour: one batched call for all bands) size of an event marker (pixels at 96 dpi) and the lanes they stack in where they crowd the event types as the desk names them (the words of app.domain.events.EVENT_TYPE_WORDS); the chart's strip and legend, the event dialog and the extraction's events tab share it</extracomment>
            <translation>访问</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>协议</translation>
        </message>
        <message>
            <source>forum</source>
            <translation>论坛</translation>
        </message>
        <message>
            <source>opening</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>sanction</source>
            <translation>制裁</translation>
        </message>
        <message>
            <source>tariff change</source>
            <translation>关税调整</translation>
        </message>
        <message>
            <source>crisis</source>
            <translation>危机</translation>
        </message>
        <message>
            <source>annotation</source>
            <translation>注释</translation>
        </message>
    </context>
    <context>
        <name>export_actions</name>
        <message>
            <source>Export summary</source>
            <translation>导出摘要</translation>
        </message>
        <message>
            <source>Could not write {path}: {error}</source>
            <translation>无法写入 {path}：{error}</translation>
        </message>
        <message>
            <source>Summary written to {path}</source>
            <translation>摘要已写入 {path}</translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message>
            <source>Note — one to two pages</source>
            <extracomment>the template box's entries, in the order of TEMPLATES (shown translated)</extracomment>
            <translation>简报 — 一至两页</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>专题资料</translation>
        </message>
        <message>
            <source>Table of figures</source>
            <translation>数据表</translation>
        </message>
        <message>
            <source>Export briefing</source>
            <translation>导出简报</translation>
        </message>
        <message>
            <source>any, e.g. 2020</source>
            <translation>任意，例如 2020</translation>
        </message>
        <message>
            <source>any, e.g. 2025-10</source>
            <translation>任意，例如 2025-10</translation>
        </message>
        <message>
            <source>Include charts</source>
            <translation>包含图表</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>国家对</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起始</translation>
        </message>
        <message>
            <source>To</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>模板</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Cannot build the briefing: {error}</source>
            <translation>无法生成简报：{error}</translation>
        </message>
        <message>
            <source>Building the preview…</source>
            <translation>正在生成预览…</translation>
        </message>
        <message>
            <source>Cannot export: {error}</source>
            <translation>无法导出：{error}</translation>
        </message>
        <message numerus="yes">
            <source>Briefing written to {path} (%Ln bytes)</source>
            <translation>
                <numerusform>简报已写入 {path}（%Ln 字节）</numerusform>
            </translation>
        </message>
        <message>
            <source>The briefing was not written: {error}</source>
            <translation>简报未写入：{error}</translation>
        </message>
    </context>
    <context>
        <name>export_indicators</name>
        <message>
            <source>Indicator</source>
            <extracomment>the columns: the indicator (in the briefing) and whether it gets a chart</extracomment>
            <translation>指标</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>图表</translation>
        </message>
    </context>
    <context>
        <name>extract_dialog</name>
        <message>
            <source>Add figures from text</source>
            <extracomment>Texts longer than this are read in the task runner.</extracomment>
            <translation>从文本添加数据</translation>
        </message>
        <message>
            <source>Paste a press item here, or drop a .txt file.</source>
            <translation>在此粘贴新闻稿，或拖入 .txt 文件。</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>发布方</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>发布日期</translation>
        </message>
        <message>
            <source>Find figures</source>
            <translation>查找数据</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>说法</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>接受</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>Accept all</source>
            <translation>全部接受</translation>
        </message>
        <message>
            <source>Reading the text…</source>
            <translation>正在读取文本…</translation>
        </message>
        <message>
            <source>Could not read the text: {error}</source>
            <translation>无法读取文本：{error}</translation>
        </message>
        <message>
            <source>{figures} figures found, {duplicates} already stored; {claims} claims, {events} events, {facts} project facts. Relative periods (“this year”) are read against {date}; set Published to the article's date.</source>
            <translation>找到数据 {figures} 条，其中 {duplicates} 条已存储；说法 {claims} 条，事件 {events} 条，项目信息 {facts} 条。相对期间（“今年”）以 {date} 为准；请将“发布日期”设为文章日期。</translation>
        </message>
        <message>
            <source>{figures} figures found; {claims} claims, {events} events, {facts} project facts. Relative periods (“this year”) are read against {date}; set Published to the article's date.</source>
            <translation>找到数据 {figures} 条；说法 {claims} 条，事件 {events} 条，项目信息 {facts} 条。相对期间（“今年”）以 {date} 为准；请将“发布日期”设为文章日期。</translation>
        </message>
    </context>
    <context>
        <name>extract_models</name>
        <message>
            <source>Type</source>
            <extracomment>column titles in English, marked for the catalogue in the context "extract_models"</extracomment>
            <translation>类型</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>说法</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>How found</source>
            <translation>识别方式</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>stated</source>
            <translation>文中注明</translation>
        </message>
        <message>
            <source>count: {count} — a claim, not a project</source>
            <translation>数量：{count}——这是说法，不是项目</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>技术</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>装机容量</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>unnamed</source>
            <translation>未命名</translation>
        </message>
        <message>
            <source>{stage} (expected)</source>
            <translation>{stage}（预期）</translation>
        </message>
    </context>
    <context>
        <name>fetch_actions</name>
        <message>
            <source>Choose an indicator in the catalogue first, then refresh it.</source>
            <translation>请先在目录中选择一个指标，然后再刷新。</translation>
        </message>
        <message>
            <source>{indicator} for {pair} was not fetched from a portal, so there is nothing to refresh ({menu} fetches it).</source>
            <translation>{pair} 的 {indicator} 不是从数据门户获取的，因此没有可刷新的内容（可通过 {menu} 获取）。</translation>
        </message>
        <message>
            <source>Refreshed 1 fetched query: {changed} with changes, {failed} failed.</source>
            <translation>已刷新 1 个获取查询：{changed} 个有变化，{failed} 个失败。</translation>
        </message>
        <message>
            <source>Refreshed 1 fetched query: {changed} with changes.</source>
            <translation>已刷新 1 个获取查询：{changed} 个有变化。</translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %n fetched queries: {changed} with changes, {failed} failed.</source>
            <translation>
                <numerusform>已刷新 %n 个获取查询：{changed} 个有变化，{failed} 个失败。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Refreshed %n fetched queries: {changed} with changes.</source>
            <translation>
                <numerusform>已刷新 %n 个获取查询：{changed} 个有变化。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fetch_dialog</name>
        <message>
            <source>Fetch from a portal</source>
            <translation>从数据门户获取</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>预览(&amp;P)</translation>
        </message>
        <message>
            <source>Ask the portal and show what would be imported</source>
            <translation>向数据门户查询并显示将要导入的内容</translation>
        </message>
        <message>
            <source>Cancel &amp;download</source>
            <translation>取消下载(&amp;D)</translation>
        </message>
        <message>
            <source>Stop asking the portal; nothing is stored</source>
            <translation>停止向数据门户查询；不保存任何内容</translation>
        </message>
        <message>
            <source>&amp;Browse dataflows…</source>
            <translation>浏览数据流(&amp;B)…</translation>
        </message>
        <message>
            <source>List the agency's dataflows; pick one and its codes</source>
            <translation>列出该机构的数据流；选择一个数据流及其代码</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>搜索(&amp;S)…</translation>
        </message>
        <message>
            <source>Search the World Bank's indicators by words</source>
            <translation>按关键词搜索世界银行的指标</translation>
        </message>
        <message>
            <source>Choose what to fetch, then Preview: nothing is stored before Import.</source>
            <translation>选择要获取的内容，然后点击“预览”：导入之前不会保存任何内容。</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>First rows as they will be stored</source>
            <translation>将要保存的前几行</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Figures already stored</source>
            <translation>已保存的数值</translation>
        </message>
        <message>
            <source>Asking {portal} for {request}…</source>
            <translation>正在向 {portal} 查询 {request}…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln figures read from {publisher}; {skipped} rows skipped ({errors} errors).</source>
            <translation>
                <numerusform>从{publisher}读取了 %Ln 个数值；跳过 {skipped} 行（{errors} 个错误）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln figures read from {publisher}.</source>
            <translation>
                <numerusform>从{publisher}读取了 %Ln 个数值。</numerusform>
            </translation>
        </message>
        <message>
            <source>the portal</source>
            <translation>数据门户</translation>
        </message>
        <message>
            <source>Query: {url} (+{more} more)</source>
            <translation>查询：{url}（另有 {more} 个）</translation>
        </message>
        <message>
            <source>Query: {url}</source>
            <translation>查询：{url}</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>注：{note}</translation>
        </message>
        <message>
            <source>&amp;Import, skipping bad rows</source>
            <translation>导入并跳过错误行(&amp;I)</translation>
        </message>
        <message>
            <source>Download cancelled; nothing was stored.</source>
            <translation>下载已取消；未保存任何内容。</translation>
        </message>
        <message>
            <source>Nothing was fetched.</source>
            <translation>未获取任何内容。</translation>
        </message>
        <message>
            <source>The query changed: Preview again to see what it fetches.</source>
            <translation>查询已更改：请再次预览以查看将获取的内容。</translation>
        </message>
        <message>
            <source>Fetched from {portal}: {summary}</source>
            <translation>已从 {portal} 获取：{summary}</translation>
        </message>
    </context>
    <context>
        <name>fetch_form</name>
        <message>
            <source>Reporter: the country whose figures these are</source>
            <extracomment>makes the HTTP client of one fetch (tests give short timeouts and no backoff sleeps) any field changed (a shown preview no longer matches the form)</extracomment>
            <translation>报告方：数据所属的国家</translation>
        </message>
        <message>
            <source>Partner (optional): the other country of the pair</source>
            <translation>伙伴方（可选）：这对国家中的另一个国家</translation>
        </message>
        <message>
            <source>The portal's indicator codes, separated by commas or spaces</source>
            <translation>数据门户的指标代码，用逗号或空格分隔</translation>
        </message>
        <message>
            <source>2000 or 2024-01</source>
            <translation>2000 或 2024-01</translation>
        </message>
        <message>
            <source>2024 or 2024-10</source>
            <translation>2024 或 2024-10</translation>
        </message>
        <message>
            <source>Options of this source</source>
            <translation>此来源的选项</translation>
        </message>
        <message>
            <source>KEY=VALUE, KEY=VALUE</source>
            <translation>键=值, 键=值</translation>
        </message>
        <message>
            <source>Any other option the connector reads, as KEY=VALUE pairs</source>
            <translation>连接器读取的任何其他选项，以 键=值 对的形式填写</translation>
        </message>
        <message>
            <source>More options</source>
            <translation>更多选项</translation>
        </message>
        <message>
            <source>Subscription key</source>
            <translation>订阅密钥</translation>
        </message>
        <message>
            <source>Used for this fetch; kept only in the system keyring if you tick the box, never in the settings or the workspace</source>
            <translation>用于本次获取；勾选后仅保存在系统密钥环中，绝不保存在设置或工作区中</translation>
        </message>
        <message>
            <source>Remember in the system keyring</source>
            <translation>保存到系统密钥环</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>with</source>
            <translation>与</translation>
        </message>
        <message>
            <source>Pair</source>
            <translation>国家对</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>From</source>
            <translation>期间从</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>频率</translation>
        </message>
        <message>
            <source>{source}: no limits stated.</source>
            <translation>{source}：未说明限制。</translation>
        </message>
        <message>
            <source>{source} takes no indicator codes: the options below say what to fetch.</source>
            <translation>{source} 不接受指标代码：由下面的选项决定获取什么。</translation>
        </message>
        <message>
            <source>key stored in {keyring}</source>
            <translation>密钥已保存在 {keyring} 中</translation>
        </message>
        <message>
            <source>A key is stored in {keyring}; type another to use it instead.</source>
            <translation>{keyring} 中已保存一个密钥；输入另一个密钥即可改用它。</translation>
        </message>
        <message>
            <source>subscription key (optional)</source>
            <translation>订阅密钥（可选）</translation>
        </message>
        <message>
            <source>Without a key the public endpoint is used.</source>
            <translation>没有密钥时使用公共接口。</translation>
        </message>
        <message>
            <source>Reporter: give an ISO alpha-3 code such as CHN, not {code}</source>
            <translation>报告方：请填写 ISO alpha-3 代码（如 CHN），而不是 {code}</translation>
        </message>
        <message>
            <source>Partner: give an ISO alpha-3 code such as CHN, not {code}</source>
            <translation>伙伴方：请填写 ISO alpha-3 代码（如 CHN），而不是 {code}</translation>
        </message>
        <message>
            <source>Not remembered: {reason}.</source>
            <translation>未保存：{reason}。</translation>
        </message>
        <message>
            <source>The key is kept in {keyring}.</source>
            <translation>密钥保存在 {keyring} 中。</translation>
        </message>
    </context>
    <context>
        <name>fetch_options</name>
        <message>
            <source>Dataflow</source>
            <translation>数据流</translation>
        </message>
        <message>
            <source>IMF.STA:IMTS or ECB:EXR</source>
            <translation>IMF.STA:IMTS 或 ECB:EXR</translation>
        </message>
        <message>
            <source>The agency's dataflow (agency:id, or the id alone)</source>
            <translation>机构的数据流（机构:id，或仅填 id）</translation>
        </message>
        <message>
            <source>Series key</source>
            <translation>序列键</translation>
        </message>
        <message>
            <source>The dimensions' codes joined by dots, in the dataflow's order; an empty part takes every code and + joins several (A.USA.XG_FOB_USD+MG_CIF_USD.CHN). For the IMF, an empty dataflow asks its bilateral trade (IMTS) for the pair above</source>
            <translation>各维度的代码按数据流的顺序用点连接；空白部分表示所有代码，+ 连接多个代码（A.USA.XG_FOB_USD+MG_CIF_USD.CHN）。对于 IMF，数据流留空时查询上面这对国家的双边贸易（IMTS）</translation>
        </message>
        <message>
            <source>Flows</source>
            <extracomment>the options each connector takes, by registry name (SDMX services share theirs)</extracomment>
            <translation>流向</translation>
        </message>
        <message>
            <source>M imports, X exports, RM re-imports, RX re-exports; separated by commas</source>
            <translation>M 进口，X 出口，RM 复进口，RX 复出口；用逗号分隔</translation>
        </message>
        <message>
            <source>Commodities</source>
            <translation>商品</translation>
        </message>
        <message>
            <source>TOTAL for all goods, AG2 for every HS chapter, or HS codes such as 27,84</source>
            <translation>TOTAL 表示所有商品，AG2 表示每个 HS 章，或填写 HS 编码，如 27,84</translation>
        </message>
        <message>
            <source>Both directions</source>
            <translation>双向</translation>
        </message>
        <message>
            <source>1: also ask the partner's customs about the reporter (the mirror figures); 0: the reporter's customs only</source>
            <translation>1：同时向伙伴方海关查询其对报告方的数据（镜像数据）；0：仅查询报告方海关</translation>
        </message>
        <message>
            <source>Annual</source>
            <extracomment>(name, SDMX/portal code) of the frequencies a fetch can ask for</extracomment>
            <translation>年度</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>季度</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>月度</translation>
        </message>
        <message>
            <source>More options: write KEY=VALUE, not {part}</source>
            <translation>更多选项：请写成 键=值，而不是 {part}</translation>
        </message>
    </context>
    <context>
        <name>history_panel</name>
        <message>
            <source>When</source>
            <extracomment>the columns of the list (English, translated where shown)</extracomment>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Qualifier</source>
            <translation>精确度</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>edit</source>
            <extracomment>how a state came about (keys of app.domain.history.ACTION_WORDS)</extracomment>
            <translation>编辑</translation>
        </message>
        <message>
            <source>import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>fetch</source>
            <translation>从门户获取</translation>
        </message>
        <message>
            <source>accepted from text</source>
            <translation>从文本采纳</translation>
        </message>
        <message>
            <source>restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>added by hand</source>
            <translation>手动添加</translation>
        </message>
        <message>
            <source>derived</source>
            <translation>推算</translation>
        </message>
        <message>
            <source>Restore this state</source>
            <extracomment>a state was restored (the obs_id) the dock it sits in, once installed (install_history_panel)</extracomment>
            <translation>恢复此状态</translation>
        </message>
        <message>
            <source>Bring back the selected state's values as a new edit (Undo takes it back)</source>
            <translation>以一次新的编辑恢复所选状态的数值（撤销可取消）</translation>
        </message>
        <message>
            <source>Select a figure to see its history.</source>
            <translation>选择一个数值以查看其历史。</translation>
        </message>
        <message>
            <source>The history could not be read: {error}</source>
            <translation>无法读取历史：{error}</translation>
        </message>
        <message>
            <source>Figure {id}: {name}, {pair}, {period}</source>
            <translation>数值 {id}：{name}，{pair}，{period}</translation>
        </message>
        <message numerus="yes">
            <source>%n states, newest first</source>
            <translation>
                <numerusform>%n 个状态，最新的在前</numerusform>
            </translation>
        </message>
        <message>
            <source>{action} (current)</source>
            <translation>{action}（当前）</translation>
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation>未恢复：{reason}</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史</translation>
        </message>
    </context>
    <context>
        <name>import_dialog</name>
        <message>
            <source>Import {file}</source>
            <extracomment>the format offered when detection fails: the generic table lets the user map columns</extracomment>
            <translation>导入 {file}</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Read again</source>
            <translation>重新读取</translation>
        </message>
        <message>
            <source>Stop reading</source>
            <translation>停止读取</translation>
        </message>
        <message>
            <source>Units not recognised: type what each series is in</source>
            <translation>无法识别的单位：请输入每个序列的单位</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Figures already stored</source>
            <translation>已保存的数值</translation>
        </message>
        <message>
            <source>First rows as they will be stored</source>
            <translation>将要保存的前几行</translation>
        </message>
        <message>
            <source>Problems (file, first lines, column)</source>
            <translation>问题（文件、首行、列）</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <source>{format}  (detected)</source>
            <translation>{format}  （已检测）</translation>
        </message>
        <message numerus="yes">
            <source>%n observations read from {publisher}; {skipped} rows skipped ({errors} errors), {empty} empty cells.</source>
            <translation>
                <numerusform>从{publisher}读取了 %n 个数值；跳过 {skipped} 行（{errors} 个错误），{empty} 个空单元格。</numerusform>
            </translation>
        </message>
        <message>
            <source>the file</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Import, skipping bad rows</source>
            <translation>导入并跳过错误行</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Cannot import: {reason}</source>
            <translation>无法导入：{reason}</translation>
        </message>
        <message>
            <source>Reading stopped; nothing was imported.</source>
            <translation>读取已停止；未导入任何内容。</translation>
        </message>
        <message>
            <source>Cannot import yet: {problem}</source>
            <translation>暂时无法导入：{problem}</translation>
        </message>
    </context>
    <context>
        <name>import_preview_model</name>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>报告方</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>伙伴方</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>First line</source>
            <translation>首行</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>error</source>
            <extracomment>a problem's severity as the Severity column says it</extracomment>
            <translation>错误</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>info</source>
            <translation>信息</translation>
        </message>
        <message>
            <source>Keep both, as separate sources</source>
            <extracomment>what the import and fetch dialogs offer for figures already stored, in their order (the desk's own words, so they are translated; the services' CLI words stay English)</extracomment>
            <translation>两者都保留，作为不同来源</translation>
        </message>
        <message>
            <source>Replace the stored figures</source>
            <translation>替换已保存的数值</translation>
        </message>
        <message>
            <source>Skip figures already stored</source>
            <translation>跳过已保存的数值</translation>
        </message>
    </context>
    <context>
        <name>import_units</name>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Unit as written</source>
            <translation>文件中的单位</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>Corridor unit (type, e.g. EUR mn)</source>
            <translation>Corridor 单位（请输入，如 EUR mn）</translation>
        </message>
    </context>
    <context>
        <name>indicator_dialog</name>
        <message>
            <source>Edit indicator</source>
            <extracomment>what a code may hold: letters, digits and _ . : - (it is typed in files and commands)</extracomment>
            <translation>编辑指标</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>新建指标</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>例如：{example}</translation>
        </message>
        <message>
            <source>Figures carry the code: it cannot be changed</source>
            <translation>每个数值都带有该代码：不能更改</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>One figure of this indicator is stored in another unit; it is not converted.</source>
            <translation>该指标有一个数值以其他单位存储；不会被换算。</translation>
        </message>
        <message numerus="yes">
            <source>%n figures of this indicator are stored in another unit; they are not converted.</source>
            <translation>
                <numerusform>该指标有%n个数值以其他单位存储；不会被换算。</numerusform>
            </translation>
        </message>
        <message>
            <source>Code: give the indicator a code</source>
            <translation>代码：请为指标设定代码</translation>
        </message>
        <message>
            <source>Code: use letters, digits and _ . : - only, without spaces</source>
            <translation>代码：只能使用拉丁字母、数字和 _ . : -，不能有空格</translation>
        </message>
        <message>
            <source>Code: {code} is in the catalogue already</source>
            <translation>代码：{code}已在目录中</translation>
        </message>
        <message>
            <source>Name: give the indicator a name</source>
            <translation>名称：请为指标命名</translation>
        </message>
        <message>
            <source>Unit: say what the figures count, e.g. persons</source>
            <translation>单位：请说明数值的计量单位，例如 persons</translation>
        </message>
        <message>
            <source>Edit indicator {code}</source>
            <translation>编辑指标{code}</translation>
        </message>
        <message>
            <source>New indicator {code}</source>
            <translation>新建指标{code}</translation>
        </message>
    </context>
    <context>
        <name>indicator_search</name>
        <message>
            <source>Search World Bank indicators</source>
            <translation>搜索世界银行指标</translation>
        </message>
        <message>
            <source>e.g. {examples}</source>
            <translation>例如：{examples}</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>搜索(&amp;S)</translation>
        </message>
        <message>
            <source>Type words of an indicator's name or code, then Search.</source>
            <translation>输入指标名称或代码中的词，然后点击“搜索”。</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>关键词</translation>
        </message>
        <message>
            <source>Type a word to search for.</source>
            <translation>请输入要搜索的词。</translation>
        </message>
        <message>
            <source>Searching the World Bank's indicator list for “{words}”…</source>
            <translation>正在世界银行指标列表中搜索“{words}”…</translation>
        </message>
        <message>
            <source>No indicator matches “{words}”.</source>
            <translation>没有与“{words}”匹配的指标。</translation>
        </message>
        <message>
            <source>One indicator matches “{words}”: tick it to add it.</source>
            <translation>有一个指标与“{words}”匹配：勾选即可添加。</translation>
        </message>
        <message numerus="yes">
            <source>%n indicators match “{words}” (the first {limit} are shown): tick the ones to add.</source>
            <translation>
                <numerusform>有%n个指标与“{words}”匹配（显示前{limit}个）：勾选要添加的指标。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicators match “{words}”: tick the ones to add.</source>
            <translation>
                <numerusform>有%n个指标与“{words}”匹配：勾选要添加的指标。</numerusform>
            </translation>
        </message>
        <message>
            <source>To add: {codes}</source>
            <translation>待添加：{codes}</translation>
        </message>
        <message>
            <source>Tick indicators to add their codes.</source>
            <translation>勾选指标以添加其代码。</translation>
        </message>
        <message>
            <source>&amp;Add 1 code</source>
            <translation>添加 1 个代码(&amp;A)</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Add %n codes</source>
            <translation>
                <numerusform>添加 %n 个代码(&amp;A)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>live_updates</name>
        <message>
            <source>Could not bring in other users' changes: {reason}</source>
            <extracomment>commits heard within this many milliseconds are pulled together the server said something changed (emitted from the watcher's thread)</extracomment>
            <translation>无法载入其他用户的更改：{reason}</translation>
        </message>
        <message>
            <source>Not applied again: a figure of “{edit}” was deleted.</source>
            <translation>未重新应用：“{edit}”中的一个数值已被删除。</translation>
        </message>
        <message>
            <source>The table now shows their value.</source>
            <extracomment>"Apply my value again" was chosen (the SetValues to write again)</extracomment>
            <translation>表格现在显示的是对方的数值。</translation>
        </message>
        <message>
            <source>&amp;Apply my value again</source>
            <translation>再次应用我的数值(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Keep theirs</source>
            <translation>保留对方的数值(&amp;K)</translation>
        </message>
        <message numerus="yes">
            <source>%n by {user}</source>
            <translation>
                <numerusform>{user} 更改了 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Other users' changes were brought in</source>
            <translation>已载入其他用户的更改</translation>
        </message>
        <message>
            <source>1 figure changed by {user}</source>
            <extracomment>"n &lt;nouns&gt; changed by {user}" for the first user, by noun (a record table's ``noun``, or 'figure', or 'item' for several kinds): the sentence for one (Qt has no English catalogue to choose the singular) and the plural one. Whole sentences, so each language agrees the noun and the verb with the number.</extracomment>
            <translation>{user} 更改了 1 个数值</translation>
        </message>
        <message numerus="yes">
            <source>%n figures changed by {user}</source>
            <translation>
                <numerusform>{user} 更改了 %n 个数值</numerusform>
            </translation>
        </message>
        <message>
            <source>1 item changed by {user}</source>
            <translation>{user} 更改了 1 个条目</translation>
        </message>
        <message numerus="yes">
            <source>%n items changed by {user}</source>
            <translation>
                <numerusform>{user} 更改了 %n 个条目</numerusform>
            </translation>
        </message>
        <message>
            <source>1 claim changed by {user}</source>
            <translation>{user} 更改了 1 条声明</translation>
        </message>
        <message numerus="yes">
            <source>%n claims changed by {user}</source>
            <translation>
                <numerusform>{user} 更改了 %n 条声明</numerusform>
            </translation>
        </message>
        <message>
            <source>1 project changed by {user}</source>
            <translation>{user} 更改了 1 个项目</translation>
        </message>
        <message numerus="yes">
            <source>%n projects changed by {user}</source>
            <translation>
                <numerusform>{user} 更改了 %n 个项目</numerusform>
            </translation>
        </message>
        <message>
            <source>1 company role changed by {user}</source>
            <translation>{user} 更改了 1 个公司角色</translation>
        </message>
        <message numerus="yes">
            <source>%n company roles changed by {user}</source>
            <translation>
                <numerusform>{user} 更改了 %n 个公司角色</numerusform>
            </translation>
        </message>
        <message>
            <source>1 project stage changed by {user}</source>
            <translation>{user} 更改了 1 个项目阶段</translation>
        </message>
        <message numerus="yes">
            <source>%n project stages changed by {user}</source>
            <translation>
                <numerusform>{user} 更改了 %n 个项目阶段</numerusform>
            </translation>
        </message>
        <message>
            <source>1 project fact changed by {user}</source>
            <translation>{user} 更改了 1 条项目事实</translation>
        </message>
        <message numerus="yes">
            <source>%n project facts changed by {user}</source>
            <translation>
                <numerusform>{user} 更改了 %n 条项目事实</numerusform>
            </translation>
        </message>
        <message>
            <source>1 event changed by {user}</source>
            <translation>{user} 更改了 1 个事件</translation>
        </message>
        <message numerus="yes">
            <source>%n events changed by {user}</source>
            <translation>
                <numerusform>{user} 更改了 %n 个事件</numerusform>
            </translation>
        </message>
        <message>
            <source>1 link changed by {user}</source>
            <translation>{user} 更改了 1 个关联</translation>
        </message>
        <message numerus="yes">
            <source>%n links changed by {user}</source>
            <translation>
                <numerusform>{user} 更改了 %n 个关联</numerusform>
            </translation>
        </message>
        <message>
            <source>1 earlier value changed by {user}</source>
            <translation>{user} 更改了 1 个早期数值</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier values changed by {user}</source>
            <translation>
                <numerusform>{user} 更改了 %n 个早期数值</numerusform>
            </translation>
        </message>
        <message>
            <source>1 entity changed by {user}</source>
            <translation>{user} 更改了 1 个主体</translation>
        </message>
        <message numerus="yes">
            <source>%n entities changed by {user}</source>
            <translation>
                <numerusform>{user} 更改了 %n 个主体</numerusform>
            </translation>
        </message>
        <message>
            <source>1 derived series changed by {user}</source>
            <translation>{user} 更改了 1 个派生序列</translation>
        </message>
        <message numerus="yes">
            <source>%n derived series changed by {user}</source>
            <translation>
                <numerusform>{user} 更改了 %n 个派生序列</numerusform>
            </translation>
        </message>
        <message>
            <source>1 saved view changed by {user}</source>
            <translation>{user} 更改了 1 个已保存视图</translation>
        </message>
        <message numerus="yes">
            <source>%n saved views changed by {user}</source>
            <translation>
                <numerusform>{user} 更改了 %n 个已保存视图</numerusform>
            </translation>
        </message>
        <message>
            <source>1 fetch query changed by {user}</source>
            <translation>{user} 更改了 1 个获取查询</translation>
        </message>
        <message numerus="yes">
            <source>%n fetch queries changed by {user}</source>
            <translation>
                <numerusform>{user} 更改了 %n 个获取查询</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Opening the workspace…</source>
            <extracomment>Set by the packaging smoke test: quit once the first frame has been shown.</extracomment>
            <translation>正在打开工作区…</translation>
        </message>
        <message>
            <source>Could not open the workspace:
{message}</source>
            <translation>无法打开工作区：
{message}</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>Source</source>
            <extracomment>the chart after an edit, drawn when a worker has chosen its figures</extracomment>
            <translation>来源</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>冲突</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>声明</translation>
        </message>
        <message>
            <source>Country pair</source>
            <translation>国家对</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>The chart could not be redrawn: {error}</source>
            <translation>无法重绘图表：{error}</translation>
        </message>
        <message>
            <source> [read-only]</source>
            <translation> [只读]</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n rows as tab-separated text.</source>
            <translation>
                <numerusform>已复制 %n 行（制表符分隔文本）。</numerusform>
            </translation>
        </message>
        <message>
            <source>About {name}</source>
            <translation>关于 {name}</translation>
        </message>
        <message>
            <source>A sourced desk for bilateral-relations indicators: browse, correct, chart, check claims and brief.</source>
            <translation>有出处的双边关系指标工作台：浏览、更正、制图、核查声明并撰写简报。</translation>
        </message>
    </context>
    <context>
        <name>message_picker</name>
        <message>
            <source>In the note ({place})</source>
            <translation>在简报中（{place}）</translation>
        </message>
        <message>
            <source>Not in the note</source>
            <translation>不在简报中</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>已排除</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>已置顶</translation>
        </message>
        <message>
            <source>Pinned ({place})</source>
            <translation>已置顶（{place}）</translation>
        </message>
        <message>
            <source>Key message</source>
            <translation>要点</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Key messages</source>
            <translation>要点</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>置顶</translation>
        </message>
        <message>
            <source>Always print the selected messages, first (again: unpin)</source>
            <translation>始终优先输出所选要点（再次操作：取消置顶）</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>排除</translation>
        </message>
        <message>
            <source>Never print the selected messages (again: restore)</source>
            <translation>从不输出所选要点（再次操作：恢复）</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Let the ranking decide for the selected messages</source>
            <translation>由排序决定所选要点</translation>
        </message>
        <message>
            <source>Key messages: {in_note} of {total} in the note. Space pins, Delete drops, Backspace resets (or right-click).</source>
            <translation>要点：{total} 条中有 {in_note} 条在简报中。空格键置顶，Delete 排除，Backspace 重置（或单击右键）。</translation>
        </message>
        <message>
            <source>Key messages: none for this briefing.</source>
            <translation>要点：本简报没有要点。</translation>
        </message>
    </context>
    <context>
        <name>observation_model</name>
        <message>
            <source>Could not filter or sort the table: {message}</source>
            <extracomment>whether a value was changed by hand since its source gave it (the value's delegate marks it); Qt never asks a custom role by itself, so painting pays nothing for it the roles the model answers, each with the Column method that answers it analytics of selections up to this many rows are computed at once, larger off-thread filters and sorts of stores larger than this are computed off the GUI thread flags per column, for a writable [False] and a read-only [True] workspace appended to the title of a filtered column's header a user entry was refused: (message) the set of rows shown changed: (row count) a filter or sort is being computed in the background (True) or is done (False) the YoY and claim texts of the shown rows were (re)computed whether analytics were computed once: the first time pays the claim checks' first use (imports, ~0.1 s), so it runs off-thread once the window is shown the same readers by column, then role (what one cell answers, for multiData)</extracomment>
            <translation>无法筛选或排序表格：{message}</translation>
        </message>
        <message>
            <source>Click to sort; right-click to filter.</source>
            <translation>单击排序；右键单击筛选。</translation>
        </message>
        <message>
            <source>Filtered ({filters}).</source>
            <translation>已筛选（{filters}）。</translation>
        </message>
        <message>
            <source>{indicator} is counted in {unit}; this figure stays in {figure_unit}: check its value and unit.</source>
            <translation>“{indicator}”以 {unit} 计量；此数据仍为 {figure_unit}：请核对数值和单位。</translation>
        </message>
    </context>
    <context>
        <name>option_form</name>
        <message>
            <source>(guess from the names)</source>
            <extracomment>the first two entries of a column box: let the importer guess, or use no column</extracomment>
            <translation>（根据名称推断）</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
    </context>
    <context>
        <name>pair_selector</name>
        <message>
            <source>First country of the pair (figures in both directions)</source>
            <extracomment>(a, b) alpha-3 codes; both directions are shown</extracomment>
            <translation>国家对中的第一个国家（双向数据）</translation>
        </message>
        <message>
            <source>Second country of the pair</source>
            <translation>国家对中的第二个国家</translation>
        </message>
        <message>
            <source>Pair:</source>
            <translation>国家对：</translation>
        </message>
    </context>
    <context>
        <name>pivot_model</name>
        <message>
            <source>⇄ sources disagree (tinted) · ※ a claim is checked against the figure · blue: target, plan or forecast · grey italics: derived</source>
            <extracomment>the obs ids of a cell (list[int]: the chosen figure first, then the other rows of its key) rows formatted together (a screenful or a few) style bits of a cell what the marks mean, in English (shown through :func:`legend`, in the desk's language)</extracomment>
            <translation>⇄ 来源不一致（着色）· ※ 已用该数值核对某一说法 · 蓝色：目标、计划或预测 · 灰色斜体：推算数据</translation>
        </message>
    </context>
    <context>
        <name>pivot_panel</name>
        <message>
            <source>Indicators</source>
            <extracomment>a workspace with more observations than this is pivoted off the GUI thread (title, data) of the boxes' entries; the titles are shown translated</extracomment>
            <translation>指标</translation>
        </message>
        <message>
            <source>Pairs</source>
            <translation>国家对</translation>
        </message>
        <message>
            <source>Reporters</source>
            <translation>申报方</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>年</translation>
        </message>
        <message>
            <source>Quarters</source>
            <translation>季度</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Same months each year</source>
            <translation>每年相同月份</translation>
        </message>
        <message>
            <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
            <translation>CSV (*.csv);;Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>What the grid's rows are</source>
            <extracomment>the figures of a clicked cell (list[int]: the chosen one first)</extracomment>
            <translation>表格的行是什么</translation>
        </message>
        <message>
            <source>What each column is: like for like</source>
            <translation>每列是什么：同口径对比</translation>
        </message>
        <message>
            <source>First month of each year's window</source>
            <translation>每年窗口的第一个月</translation>
        </message>
        <message>
            <source>Last month of each year's window (Jan–Oct: Jan to Oct)</source>
            <translation>每年窗口的最后一个月（1–10月：一月至十月）</translation>
        </message>
        <message>
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy the selected cells (or the whole grid) for a spreadsheet (Ctrl+C)</source>
            <translation>复制所选单元格（或整个表格）以粘贴到电子表格（Ctrl+C）</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Write the grid as CSV or XLSX</source>
            <translation>将表格保存为 CSV 或 XLSX</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Pivoting…</source>
            <translation>正在生成透视表…</translation>
        </message>
        <message>
            <source>{caption}: {rows} rows × {periods} periods. {legend}</source>
            <translation>{caption}：{rows} 行 × {periods} 个期间。{legend}</translation>
        </message>
        <message>
            <source>The grid could not be made: {error}</source>
            <translation>无法生成表格：{error}</translation>
        </message>
        <message>
            <source>Export the grid</source>
            <translation>导出表格</translation>
        </message>
        <message>
            <source>Writing {path}…</source>
            <translation>正在写入 {path}…</translation>
        </message>
        <message>
            <source>The grid could not be written: {error}</source>
            <translation>无法写入表格：{error}</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>已写入 {path}。</translation>
        </message>
    </context>
    <context>
        <name>portal_parts</name>
        <message>
            <source>Search by code or name</source>
            <translation>按代码或名称搜索</translation>
        </message>
        <message>
            <source>Cancel &amp;loading</source>
            <translation>取消加载(&amp;L)</translation>
        </message>
        <message>
            <source>Nothing was loaded.</source>
            <translation>未加载任何内容。</translation>
        </message>
        <message>
            <source>Loading cancelled.</source>
            <translation>加载已取消。</translation>
        </message>
    </context>
    <context>
        <name>preferences_dialog</name>
        <message>
            <source>Preferences</source>
            <extracomment>QCoreApplication property set when the user asked to restart in another language</extracomment>
            <translation>首选项</translation>
        </message>
        <message>
            <source>System language ({name})</source>
            <translation>系统语言（{name}）</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Menus, dialogs and the numbers and dates in the table follow the language. Briefings choose their own language when they are exported.</source>
            <translation>菜单、对话框以及表格中的数字和日期都随语言变化。简报在导出时选择自己的语言。</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Corridor will use {language} from its next start.</source>
            <translation>Corridor 将在下次启动时使用{language}。</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>立即重启</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>稍后</translation>
        </message>
    </context>
    <context>
        <name>project_actions</name>
        <message>
            <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
            <extracomment>app.services.projects_io.FILE_FILTER as the file dialogs show it (a test keeps them equal)</extracomment>
            <translation>Excel 工作簿 (*.xlsx);;CSV 表格 (*.csv)</translation>
        </message>
        <message>
            <source>Delete projects</source>
            <translation>删除项目</translation>
        </message>
        <message>
            <source>Delete {count} project(s) with their companies, stages, facts and links?

{names}

(Undo restores them.)</source>
            <translation>删除 {count} 个项目及其企业、阶段、信息和关联？

{names}

（撤销可恢复。）</translation>
        </message>
        <message>
            <source>Select a figure in the main table first, then link it.</source>
            <translation>请先在主表中选择一条数据，再进行关联。</translation>
        </message>
        <message>
            <source>Figure #{obs_id} is already linked to the selected projects.</source>
            <translation>数据 #{obs_id} 已关联到所选项目。</translation>
        </message>
        <message>
            <source>Linked figure #{obs_id} to {count} project(s).</source>
            <translation>已将数据 #{obs_id} 关联到 {count} 个项目。</translation>
        </message>
        <message>
            <source>Not stored: {error}</source>
            <translation>未存储：{error}</translation>
        </message>
        <message>
            <source>{edit}: derived figure #{obs_id}.</source>
            <translation>{edit}：派生数据 #{obs_id}。</translation>
        </message>
        <message>
            <source>No indicator of the catalogue is measured in {unit}.</source>
            <translation>目录中没有以 {unit} 计量的指标。</translation>
        </message>
        <message>
            <source>Store roll-up as figure</source>
            <translation>将汇总存为数据</translation>
        </message>
        <message>
            <source>{cell}: {count} projects.
Indicator of the derived figure:</source>
            <translation>{cell}：{count} 个项目。
派生数据的指标：</translation>
        </message>
        <message>
            <source>Exported {count} projects to {file}.</source>
            <translation>已将 {count} 个项目导出到 {file}。</translation>
        </message>
        <message>
            <source>Could not export the projects: {error}</source>
            <translation>无法导出项目：{error}</translation>
        </message>
        <message>
            <source>{edit} from {file}.</source>
            <translation>{edit}（来自 {file}）。</translation>
        </message>
        <message>
            <source>Nothing imported from {file}: {error}</source>
            <translation>未从 {file} 导入任何内容：{error}</translation>
        </message>
        <message>
            <source>Export projects</source>
            <translation>导出项目</translation>
        </message>
        <message>
            <source>Import projects</source>
            <translation>导入项目</translation>
        </message>
    </context>
    <context>
        <name>project_details</name>
        <message>
            <source>Select a project to see its companies, stages and sources.</source>
            <translation>选择一个项目，查看其企业、阶段和来源。</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>别名</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>技术</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>装机容量</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>投资</translation>
        </message>
        <message>
            <source>Country / partner</source>
            <translation>所在国 / 伙伴国</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>信息</translation>
        </message>
        <message>
            <source>Linked figures</source>
            <translation>关联数据</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>无记录</translation>
        </message>
        <message>
            <source>no source</source>
            <translation>无来源</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>无日期</translation>
        </message>
        <message>
            <source>{count} linked figure(s) no longer in the workspace</source>
            <translation>{count} 条关联数据已不在工作区中</translation>
        </message>
        <message>
            <source>{count} projects, {capacity}; {missing} without capacity</source>
            <translation>项目 {count} 个，{capacity}；{missing} 个无装机容量</translation>
        </message>
        <message>
            <source>{count} projects, {capacity}</source>
            <translation>项目 {count} 个，{capacity}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Counted by sources:&lt;/b&gt; {statements}</source>
            <translation>&lt;b&gt;来源统计：&lt;/b&gt;{statements}</translation>
        </message>
        <message>
            <source>No linked projects.</source>
            <translation>没有关联的项目。</translation>
        </message>
        <message>
            <source>Linked in the registry: {known}.</source>
            <translation>登记册中已关联：{known}。</translation>
        </message>
        <message>
            <source> ({total} in all)</source>
            <translation>（共 {total}）</translation>
        </message>
        <message numerus="yes">
            <source>The source counts %n projects{total} but names none, and none is linked in the registry.</source>
            <translation>
                <numerusform>来源统计了 %n 个项目{total}，但没有列出名称，登记册中也没有关联任何项目。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The source counts %n projects{total}; all are in the registry ({known}).</source>
            <translation>
                <numerusform>来源统计了 %n 个项目{total}；全部在登记册中（{known}）。</numerusform>
            </translation>
        </message>
        <message>
            <source> and {capacity}</source>
            <translation>及 {capacity}</translation>
        </message>
        <message numerus="yes">
            <source>The source counts %n projects{total}; the registry has {known_count} of them ({known}); {unknown} more{rest} are not identified.</source>
            <translation>
                <numerusform>来源统计了 %n 个项目{total}；登记册中有其中 {known_count} 个（{known}）；另有 {unknown} 个{rest}未能确认。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>project_dialog</name>
        <message>
            <source>Remove this row</source>
            <translation>删除此行</translation>
        </message>
        <message>
            <source>Edit project</source>
            <translation>编辑项目</translation>
        </message>
        <message>
            <source>Add project</source>
            <translation>添加项目</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Country (ISO)</source>
            <translation>国家 (ISO)</translation>
        </message>
        <message>
            <source>+ Company</source>
            <translation>+ 企业</translation>
        </message>
        <message>
            <source>Add another company</source>
            <translation>再添加一家企业</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>+ Stage</source>
            <translation>+ 阶段</translation>
        </message>
        <message>
            <source>Add another stage</source>
            <translation>再添加一个阶段</translation>
        </message>
        <message>
            <source>other names and spellings, separated by |</source>
            <translation>其他名称和拼写，以 | 分隔</translation>
        </message>
        <message>
            <source>host country, ISO code (AZE)</source>
            <translation>所在国，ISO 代码（AZE）</translation>
        </message>
        <message>
            <source>partner country, ISO code (CHN)</source>
            <translation>伙伴国，ISO 代码（CHN）</translation>
        </message>
        <message>
            <source>240, 1,000 or blank</source>
            <translation>240、1,000 或留空</translation>
        </message>
        <message>
            <source>300 mn, 1.2 bn or blank</source>
            <translation>300 mn、1.2 bn 或留空</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>别名</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>所在国</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>伙伴国</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>技术</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>装机容量</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>投资</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>company name</source>
            <translation>企业名称</translation>
        </message>
        <message>
            <source>2025, 2025-04 or 2025-04-23</source>
            <translation>2025、2025-04 或 2025-04-23</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>A date the source expects, not one that happened</source>
            <translation>来源预期的日期，而非已发生的日期</translation>
        </message>
        <message>
            <source>Name: a project needs a name</source>
            <translation>名称：项目必须有名称</translation>
        </message>
        <message>
            <source>Country of {company}</source>
            <translation>{company} 的国家</translation>
        </message>
        <message>
            <source>Stage date: {date} is not a date (2025, 2025-04, 2025-04-23)</source>
            <translation>阶段日期：{date} 不是日期（2025、2025-04、2025-04-23）</translation>
        </message>
    </context>
    <context>
        <name>project_form</name>
        <message>
            <source>{field}: {text} is not an ISO 3166 country code</source>
            <translation>{field}：{text} 不是 ISO 3166 国家代码</translation>
        </message>
        <message>
            <source>{field}: {error}</source>
            <translation>{field}：{error}</translation>
        </message>
    </context>
    <context>
        <name>project_model</name>
        <message>
            <source>wind</source>
            <extracomment>the record tables the projects table shows something of the registry's codes the desk shows as words: technologies, stages (a project's status is its latest stage), company roles and the fields a sourced fact is about</extracomment>
            <translation>风电</translation>
        </message>
        <message>
            <source>offshore wind</source>
            <translation>海上风电</translation>
        </message>
        <message>
            <source>solar</source>
            <translation>光伏</translation>
        </message>
        <message>
            <source>floating solar</source>
            <translation>漂浮式光伏</translation>
        </message>
        <message>
            <source>hydro</source>
            <translation>水电</translation>
        </message>
        <message>
            <source>gas</source>
            <translation>燃气发电</translation>
        </message>
        <message>
            <source>waste to energy</source>
            <translation>垃圾发电</translation>
        </message>
        <message>
            <source>storage</source>
            <translation>储能</translation>
        </message>
        <message>
            <source>manufacturing</source>
            <translation>制造业</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>announced</source>
            <translation>已宣布</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>签约</translation>
        </message>
        <message>
            <source>financing</source>
            <translation>融资</translation>
        </message>
        <message>
            <source>construction</source>
            <translation>建设</translation>
        </message>
        <message>
            <source>commissioned</source>
            <translation>投运</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>developer</source>
            <translation>开发商</translation>
        </message>
        <message>
            <source>EPC</source>
            <translation>EPC 总承包商</translation>
        </message>
        <message>
            <source>investor</source>
            <translation>投资方</translation>
        </message>
        <message>
            <source>lender</source>
            <translation>贷款方</translation>
        </message>
        <message>
            <source>supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>operator</source>
            <translation>运营方</translation>
        </message>
        <message>
            <source>government</source>
            <translation>政府</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>other names</source>
            <translation>别名</translation>
        </message>
        <message>
            <source>country</source>
            <translation>所在国</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>伙伴国</translation>
        </message>
        <message>
            <source>technology</source>
            <translation>技术</translation>
        </message>
        <message>
            <source>capacity</source>
            <translation>装机容量</translation>
        </message>
        <message>
            <source>capacity unit</source>
            <translation>容量单位</translation>
        </message>
        <message>
            <source>investment</source>
            <translation>投资</translation>
        </message>
        <message>
            <source>investment unit</source>
            <translation>投资单位</translation>
        </message>
        <message>
            <source>location</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>{stage} {date} (planned)</source>
            <translation>{stage} {date}（计划）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>技术</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>装机容量</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Next (planned)</source>
            <translation>下一阶段（计划）</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Country / partner</source>
            <translation>所在国 / 伙伴国</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Without capacity</source>
            <translation>无装机容量</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
    </context>
    <context>
        <name>projects_panel</name>
        <message>
            <source>any status</source>
            <extracomment>project_id project ids (list[int]) project ids to link to the figure selected in the main table the roll-up cell to keep as a figure (RollupCell) a linked figure was clicked in the details: obs_id roll up only while shown (the desk's hidden dock: start-up does not pay for it)</extracomment>
            <translation>任意状态</translation>
        </message>
        <message>
            <source>any technology</source>
            <translation>任意技术</translation>
        </message>
        <message>
            <source>part of a company's name</source>
            <translation>企业名称的一部分</translation>
        </message>
        <message>
            <source>AZE, CHN, China…</source>
            <translation>AZE、CHN、中国…</translation>
        </message>
        <message>
            <source>Add project…</source>
            <translation>添加项目…</translation>
        </message>
        <message>
            <source>Add a project with its companies and stages</source>
            <translation>添加项目及其企业和阶段</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Change the selected project</source>
            <translation>修改所选项目</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete the selected projects (Del; undo restores)</source>
            <translation>删除所选项目（Del；撤销可恢复）</translation>
        </message>
        <message>
            <source>Link to selected figure</source>
            <translation>关联到所选数据</translation>
        </message>
        <message>
            <source>Link the selected projects to the figure selected in the main table</source>
            <translation>将所选项目关联到主表中所选的数据</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>Add projects from an XLSX or CSV file</source>
            <translation>从 XLSX 或 CSV 文件添加项目</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>The registry to XLSX (every table) or CSV</source>
            <translation>将项目库导出为 XLSX（全部表格）或 CSV</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>技术</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>status and technology</source>
            <translation>状态和技术</translation>
        </message>
        <message>
            <source>year of the stage</source>
            <translation>阶段年份</translation>
        </message>
        <message>
            <source>Store roll-up as figure…</source>
            <translation>将汇总存为数据…</translation>
        </message>
        <message>
            <source>Keep the selected roll-up row as a derived figure linked to its projects</source>
            <translation>将所选汇总行存为派生数据，并关联到相应项目</translation>
        </message>
        <message>
            <source>&lt;b&gt;Roll-up&lt;/b&gt; of the projects shown, by</source>
            <translation>所示项目的&lt;b&gt;汇总&lt;/b&gt;，按</translation>
        </message>
        <message>
            <source>{shown} of {total} projects</source>
            <extracomment>what sources count ("five projects, 1,570 MW") against what the registry knows</extracomment>
            <translation>项目：{shown} / {total} 个</translation>
        </message>
        <message>
            <source>{count} projects selected.</source>
            <translation>已选择 {count} 个项目。</translation>
        </message>
        <message>
            <source>Copied {count} projects as tab-separated text.</source>
            <translation>已将 {count} 个项目复制为制表符分隔文本。</translation>
        </message>
    </context>
    <context>
        <name>refresh_dialog</name>
        <message>
            <source>Query</source>
            <translation>查询</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>数据门户</translation>
        </message>
        <message>
            <source>Last fetched</source>
            <translation>上次获取</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Refresh {query}</source>
            <translation>刷新 {query}</translation>
        </message>
        <message>
            <source>Refresh fetched figures</source>
            <translation>刷新已获取的数值</translation>
        </message>
        <message>
            <source>Refresh &amp;selected</source>
            <extracomment>every query refreshed in this dialog, in order the queries that could not be refreshed: (title, message)</extracomment>
            <translation>刷新所选(&amp;S)</translation>
        </message>
        <message>
            <source>Ask the selected queries again</source>
            <translation>重新执行所选查询</translation>
        </message>
        <message>
            <source>Refresh &amp;all</source>
            <translation>全部刷新(&amp;A)</translation>
        </message>
        <message>
            <source>Ask every listed query again, one after another</source>
            <translation>依次重新执行列出的所有查询</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
        <message>
            <source>Stop: the query being asked is dropped; those already refreshed stay (Undo removes them)</source>
            <translation>停止：正在执行的查询将被放弃；已刷新的保留（撤销可移除它们）</translation>
        </message>
        <message>
            <source>Stored queries</source>
            <translation>已保存的查询</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>变化内容</translation>
        </message>
        <message>
            <source>No fetched figures in this workspace: {menu} fetches some.</source>
            <translation>此工作区中没有已获取的数值：可通过 {menu} 获取。</translation>
        </message>
        <message>
            <source>Asking again ({done} of {total}): {query}…</source>
            <translation>正在重新查询（第 {done} 个，共 {total} 个）：{query}…</translation>
        </message>
        <message>
            <source>Corridor has no connector called {name} any more</source>
            <translation>Corridor 已不再有名为 {name} 的连接器</translation>
        </message>
        <message>
            <source>{query}: no change since the last fetch.</source>
            <translation>{query}：自上次获取以来没有变化。</translation>
        </message>
        <message>
            <source>(not stored: the workspace refused the change)</source>
            <translation>（未保存：工作区拒绝了此更改）</translation>
        </message>
        <message>
            <source>{query}: could not refresh: {reason}</source>
            <translation>{query}：无法刷新：{reason}</translation>
        </message>
        <message>
            <source>Cancelled. {counts} Refreshes already done stay (Undo removes them).</source>
            <translation>已取消。{counts}已完成的刷新将保留（撤销可移除它们）。</translation>
        </message>
        <message>
            <source>Done. {counts}</source>
            <translation>完成。{counts}</translation>
        </message>
        <message>
            <source>query {id}</source>
            <translation>查询 {id}</translation>
        </message>
        <message>
            <source>1 query asked again, {changed} with changes, {failed} failed.</source>
            <translation>已重新执行 1 个查询：{changed} 个有变化，{failed} 个失败。</translation>
        </message>
        <message>
            <source>1 query asked again, {changed} with changes.</source>
            <translation>已重新执行 1 个查询：{changed} 个有变化。</translation>
        </message>
        <message numerus="yes">
            <source>%n queries asked again, {changed} with changes, {failed} failed.</source>
            <translation>
                <numerusform>已重新执行 %n 个查询：{changed} 个有变化，{failed} 个失败。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queries asked again, {changed} with changes.</source>
            <translation>
                <numerusform>已重新执行 %n 个查询：{changed} 个有变化。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>restore_dialog</name>
        <message>
            <source>Written</source>
            <translation>写入时间</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Restore as a copy</source>
            <translation>恢复为副本</translation>
        </message>
        <message>
            <source>There are no backups of {workspace} yet. Corridor writes one before it upgrades a workspace to a new version.</source>
            <translation>{workspace} 还没有备份。Corridor 会在将工作区升级到新版本之前写入一份备份。</translation>
        </message>
        <message>
            <source>Backups of {workspace}, newest first. Restoring writes the backup to a new file next to the workspace and opens it; the current workspace stays as it is.</source>
            <translation>{workspace} 的备份，最新的在前。恢复时会将备份写入工作区旁边的新文件并打开它；当前工作区保持不变。</translation>
        </message>
        <message>
            <source>Choose a backup first.</source>
            <translation>请先选择一个备份。</translation>
        </message>
        <message>
            <source>Could not restore {backup}: {reason}. The current workspace was not changed.</source>
            <translation>无法恢复 {backup}：{reason}。当前工作区未被更改。</translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n 字节</numerusform>
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
            <translation>浏览 {portal}</translation>
        </message>
        <message>
            <source>Filter {publisher}'s dataflows by ID or name</source>
            <translation>按 ID 或名称筛选 {publisher} 的数据流</translation>
        </message>
        <message>
            <source>Pick a dataflow to see its dimensions and their codes.</source>
            <translation>选择一个数据流以查看其维度及代码。</translation>
        </message>
        <message>
            <source>&amp;Use this dataflow and key</source>
            <translation>使用此数据流和键(&amp;U)</translation>
        </message>
        <message>
            <source>Asking {publisher} for its dataflows…</source>
            <translation>正在向 {publisher} 查询其数据流…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln dataflows: pick one to see its dimensions.</source>
            <translation>
                <numerusform>%Ln 个数据流：选择一个以查看其维度。</numerusform>
            </translation>
        </message>
        <message>
            <source>Asking for the dimensions of {dataflow}…</source>
            <translation>正在查询 {dataflow} 的维度…</translation>
        </message>
        <message numerus="yes">
            <source>{dataflow}: %n dimensions. Tick codes to narrow the key; a dimension with none ticked takes every code.</source>
            <translation>
                <numerusform>{dataflow}：%n 个维度。勾选代码以缩小键的范围；未勾选任何代码的维度取所有代码。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Search the %n codes of {dimension}</source>
            <translation>
                <numerusform>在 {dimension} 的 %n 个代码中搜索</numerusform>
            </translation>
        </message>
        <message>
            <source>No code list: type codes joined by +</source>
            <translation>没有代码列表：请输入用 + 连接的代码</translation>
        </message>
        <message>
            <source>&lt;b&gt;{dataflow}&lt;/b&gt; {name} — loading its dimensions…</source>
            <translation>&lt;b&gt;{dataflow}&lt;/b&gt; {name} — 正在加载维度…</translation>
        </message>
        <message>
            <source>Not in the code lists, so left out: {codes}.</source>
            <translation>不在代码列表中，因此已略去：{codes}。</translation>
        </message>
        <message>
            <source>every code</source>
            <translation>所有代码</translation>
        </message>
        <message>
            <source>Series key: pick a dataflow first.</source>
            <translation>序列键：请先选择一个数据流。</translation>
        </message>
        <message>
            <source>(empty: every series of the dataflow)</source>
            <translation>（空：数据流的所有序列）</translation>
        </message>
        <message>
            <source>Series key: &lt;b&gt;&lt;tt&gt;{key}&lt;/tt&gt;&lt;/b&gt;</source>
            <translation>序列键：&lt;b&gt;&lt;tt&gt;{key}&lt;/tt&gt;&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>server_dialog</name>
        <message>
            <source>empty: your .pgpass file or PGPASSWORD applies</source>
            <extracomment>how many recent servers the dialog offers</extracomment>
            <translation>留空：使用您的 .pgpass 文件或 PGPASSWORD</translation>
        </message>
        <message>
            <source>Connect to Server</source>
            <translation>连接到服务器</translation>
        </message>
        <message>
            <source>Remember password in the system keyring</source>
            <extracomment>the open desk once connected</extracomment>
            <translation>将密码保存到系统密钥环</translation>
        </message>
        <message>
            <source>Kept in {keychain}; never in the settings</source>
            <translation>保存在 {keychain} 中；绝不保存在设置中</translation>
        </message>
        <message>
            <source>postgresql://user@host:5432/database  or  host=… dbname=…</source>
            <translation>postgresql://user@host:5432/database  或  host=… dbname=…</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>连接(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Recent:</source>
            <translation>最近(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>主机(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>端口(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>数据库(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;SSL mode:</source>
            <translation>SSL 模式(&amp;S)：</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>密码(&amp;W)：</translation>
        </message>
        <message>
            <source>Or paste a connection &amp;string:</source>
            <translation>或粘贴连接字符串(&amp;T)：</translation>
        </message>
        <message>
            <source>Not read: {reason}</source>
            <translation>无法读取：{reason}</translation>
        </message>
        <message>
            <source>The form shows the pasted connection string.</source>
            <translation>表单显示的是粘贴的连接字符串。</translation>
        </message>
        <message>
            <source>kept in {keychain}</source>
            <translation>保存在 {keychain} 中</translation>
        </message>
        <message>
            <source>Connecting to {server}…</source>
            <translation>正在连接到 {server}…</translation>
        </message>
        <message>
            <source>Connected, but the password was not remembered: {reason}.</source>
            <translation>已连接，但未保存密码：{reason}。</translation>
        </message>
        <message>
            <source>Could not connect: {reason}</source>
            <translation>无法连接：{reason}</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <source>Could not change “{edit}”: {error}</source>
            <translation>无法执行“{edit}”：{error}</translation>
        </message>
        <message>
            <source>Could not undo “{edit}”: {error}</source>
            <translation>无法撤销“{edit}”：{error}</translation>
        </message>
        <message>
            <source>{message} Their change could not be shown: {error}</source>
            <extracomment>the operations just applied (list[Op]) a different desk (workspace) was opened other users' changes were brought in (RemoteChange; after ``changed`` with their ops) a write was refused because someone else changed it first: (the edit the user wanted in effect, the server's sentence naming who and the value now there)</extracomment>
            <translation>{message} 无法显示对方的修改：{error}</translation>
        </message>
    </context>
    <context>
        <name>source_panel</name>
        <message>
            <source>Publisher</source>
            <extracomment>the labels of the source's facts (English, translated where shown)</extracomment>
            <translation>发布方</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>发布日期</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>发言人</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>统计来源</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>数据集</translation>
        </message>
        <message>
            <source>Retrieved</source>
            <translation>获取日期</translation>
        </message>
        <message>
            <source>Period as written</source>
            <translation>来源所写期间</translation>
        </message>
        <message>
            <source>Select a figure to see where it came from.</source>
            <extracomment>a link that was refused (text for the message bus) the figure shown (-1: none) and the claim verdict shown with it</extracomment>
            <translation>选择一个数值以查看其来源。</translation>
        </message>
        <message>
            <source>Derived:</source>
            <translation>推算：</translation>
        </message>
        <message>
            <source>(not a web link; not opened)</source>
            <translation>（不是网页链接；未打开）</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Earlier values from this source:</source>
            <translation>此来源的早期数值：</translation>
        </message>
        <message>
            <source>Claim check ({verdict}):</source>
            <translation>说法核对（{verdict}）：</translation>
        </message>
        <message>
            <source>Not opened: {url} is not an http(s) link.</source>
            <translation>未打开：{url} 不是 http(s) 链接。</translation>
        </message>
        <message>
            <source>again {days}</source>
            <translation>再次获取 {days}</translation>
        </message>
        <message>
            <source>{first}; again {days}</source>
            <translation>{first}；再次获取 {days}</translation>
        </message>
        <message numerus="yes">
            <source>{day} (%n figures revised)</source>
            <translation>
                <numerusform>{day}（修订 %n 个数值）</numerusform>
            </translation>
        </message>
        <message>
            <source>Edited — the source gave {source}; this figure now says {now} (edited by {who} on {day})</source>
            <translation>已编辑——来源给出的是 {source}；此数值现为 {now}（由 {who} 于 {day} 编辑）</translation>
        </message>
        <message>
            <source>Edited — the source gave {source}; this figure now says {now} (edited on {day})</source>
            <translation>已编辑——来源给出的是 {source}；此数值现为 {now}（于 {day} 编辑）</translation>
        </message>
    </context>
    <context>
        <name>source_picker</name>
        <message>
            <source>New source…</source>
            <extracomment>a source was picked or a new one filled in: the cell can be committed</extracomment>
            <translation>新来源…</translation>
        </message>
        <message>
            <source>Create a source (publisher, title, URL, date, quote)</source>
            <translation>创建来源（发布方、标题、URL、日期、引文）</translation>
        </message>
        <message>
            <source>New source</source>
            <translation>新来源</translation>
        </message>
        <message>
            <source>e.g. Trend, Xinhua</source>
            <translation>例如 Trend、Xinhua</translation>
        </message>
        <message>
            <source>YYYY-MM-DD or YYYY-MM</source>
            <translation>YYYY-MM-DD 或 YYYY-MM</translation>
        </message>
        <message>
            <source>The language of the quote</source>
            <translation>引文语言</translation>
        </message>
        <message>
            <source>The sentence that gives the figure</source>
            <translation>给出该数据的原句</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>发布方</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>发布日期</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>引文</translation>
        </message>
        <message>
            <source>{text} is not a date: write YYYY-MM-DD or YYYY-MM.</source>
            <translation>“{text}”不是日期：请写成 YYYY-MM-DD 或 YYYY-MM。</translation>
        </message>
        <message>
            <source>{text} is not a two-letter language code (en, ru, az, zh).</source>
            <translation>“{text}”不是两个字母的语言代码（en、ru、az、zh）。</translation>
        </message>
        <message>
            <source>Give at least a publisher or a URL: every figure is sourced.</source>
            <translation>请至少填写发布方或 URL：每个数据都必须有来源。</translation>
        </message>
    </context>
    <context>
        <name>table_delegates</name>
        <message>
            <source>{code}, counted in {unit}</source>
            <translation>{code}，以 {unit} 计量</translation>
        </message>
        <message>
            <source>(no partner)</source>
            <translation>（无伙伴国）</translation>
        </message>
        <message>
            <source>An ISO 3166 code (AZE, CHN) or a country's name</source>
            <translation>ISO 3166 代码（AZE、CHN）或国家名称</translation>
        </message>
        <message>
            <source>A project or item the figure is about</source>
            <translation>该数据所涉及的项目或对象</translation>
        </message>
        <message>
            <source>+20 %, −3.2 %, 2.5 times</source>
            <translation>+20 %, −3.2 %, 2.5 times</translation>
        </message>
        <message>
            <source>Empty: the source claims no change</source>
            <translation>留空：来源未声称变化</translation>
        </message>
        <message>
            <source>Set value to {value}</source>
            <translation>将数值设为 {value}</translation>
        </message>
    </context>
    <context>
        <name>table_export</name>
        <message>
            <source>Export table</source>
            <translation>导出表格</translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows written to {path}</source>
            <translation>
                <numerusform>已将 %Ln 行写入 {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not export the table: {error}</source>
            <translation>无法导出表格：{error}</translation>
        </message>
    </context>
    <context>
        <name>table_panel</name>
        <message>
            <source>any</source>
            <extracomment>rows whose texts decide the columns' first widths (a sample: the table may hold millions) widest a column opens (pixels): most indicator names whole (a longer one is elided, whole in its tooltip) with the period and value still in sight; long texts cut columns filled in later (computed in a worker): they open at least at their set width around a cell's text: margins, and the header's sort arrow and filter mark</extracomment>
            <translation>不限</translation>
        </message>
        <message>
            <source>Filter: words in indicator, country, source, note, quote; values as typed (2.44 bn, 57,000)… (Ctrl+F)</source>
            <extracomment>the current observation changed: obs_id (-1 for none)</extracomment>
            <translation>筛选：指标、国家、来源、备注、引文中的词；数值按输入形式（2.44 bn、57,000）…（Ctrl+F）</translation>
        </message>
        <message>
            <source>Only figures whose period reaches this year or later</source>
            <translation>仅显示期间延续到该年或之后的数据</translation>
        </message>
        <message>
            <source>Only figures whose period starts in this year or earlier</source>
            <translation>仅显示期间始于该年或之前的数据</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Filter {column}…</source>
            <extracomment>the header's state while only the set widths decided it (a table opened empty)</extracomment>
            <translation>筛选：{column}…</translation>
        </message>
        <message>
            <source>Clear {column} filter</source>
            <translation>清除筛选：{column}</translation>
        </message>
        <message>
            <source>Show all figures</source>
            <translation>显示全部数据</translation>
        </message>
        <message>
            <source>Sorting and filtering…</source>
            <translation>正在排序和筛选…</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln figures</source>
            <translation>
                <numerusform>显示 {shown} / %Ln 条数据</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>table_text</name>
        <message>
            <source>more than</source>
            <extracomment>the words of the qualifier and status columns (codes -&gt; English, translated when shown)</extracomment>
            <translation>超过</translation>
        </message>
        <message>
            <source>less than</source>
            <translation>不到</translation>
        </message>
        <message>
            <source>about</source>
            <translation>约</translation>
        </message>
        <message>
            <source>nearly</source>
            <translation>近</translation>
        </message>
        <message>
            <source>up to</source>
            <translation>最多</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>实际</translation>
        </message>
        <message>
            <source>provisional</source>
            <translation>初步</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>估计</translation>
        </message>
        <message>
            <source>forecast</source>
            <translation>预测</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>derived</source>
            <translation>推算</translation>
        </message>
        <message>
            <source>exact (no bound)</source>
            <extracomment>the qualifier "exact" where a choice offers it (the table leaves it blank)</extracomment>
            <translation>精确（无限定）</translation>
        </message>
        <message>
            <source>more than {change}</source>
            <extracomment>a reported change with its bound: "more than +20 %" ({change}: the signed change)</extracomment>
            <translation>超过{change}</translation>
        </message>
        <message>
            <source>less than {change}</source>
            <translation>不到{change}</translation>
        </message>
        <message>
            <source>about {change}</source>
            <translation>约{change}</translation>
        </message>
        <message>
            <source>nearly {change}</source>
            <translation>近{change}</translation>
        </message>
        <message>
            <source>up to {change}</source>
            <translation>最多{change}</translation>
        </message>
    </context>
    <context>
        <name>value_check</name>
        <message>
            <source>{indicator} is counted in {expected}, but the figure is in {unit}.</source>
            <translation>指标“{indicator}”的单位是{expected}，但输入的数值单位是{unit}。</translation>
        </message>
        <message>
            <source>{value} is about {times} times the figure stored for {period} ({reference}).</source>
            <translation>{value}约为{period}已存数值（{reference}）的{times}倍。</translation>
        </message>
        <message>
            <source>{value} is about {times} times smaller than the figure stored for {period} ({reference}).</source>
            <translation>{value}只有{period}已存数值（{reference}）的约{times}分之一。</translation>
        </message>
        <message>
            <source>{value} would be a change of {change} on the same period a year earlier ({reference} for {period}).</source>
            <translation>{value}意味着比上年同期变化{change}（{period}为{reference}）。</translation>
        </message>
        <message>
            <source>Check the figure</source>
            <translation>请核对数值</translation>
        </message>
        <message>
            <source>Did you mean {figure}?</source>
            <translation>您是否指的是{figure}？</translation>
        </message>
        <message>
            <source>Is the figure right?</source>
            <translation>该数值是否正确？</translation>
        </message>
        <message>
            <source>&amp;Use {figure}</source>
            <translation>使用{figure}(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Keep {figure}</source>
            <translation>保留{figure}(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Go back</source>
            <translation>返回(&amp;G)</translation>
        </message>
    </context>
    <context>
        <name>view_actions</name>
        <message>
            <source>Saved &amp;views</source>
            <extracomment>View &gt; Saved views: one entry per stored view (click = apply)</extracomment>
            <translation>已保存的视图(&amp;V)</translation>
        </message>
        <message>
            <source>There is no saved view called “{name}”.</source>
            <translation>没有名为“{name}”的已保存视图。</translation>
        </message>
        <message>
            <source>Could not apply the view “{name}”: {error}</source>
            <translation>无法应用视图“{name}”：{error}</translation>
        </message>
        <message>
            <source>Showing the view “{name}”.</source>
            <translation>正在显示视图“{name}”。</translation>
        </message>
        <message>
            <source>Not done: {error}</source>
            <translation>未完成：{error}</translation>
        </message>
        <message>
            <source>View “{name}” saved in the workspace.</source>
            <translation>视图“{name}”已保存到工作区。</translation>
        </message>
        <message>
            <source>No saved views yet (View &gt; Save view…)</source>
            <translation>尚无已保存的视图（视图 &gt; 保存视图…）</translation>
        </message>
    </context>
    <context>
        <name>view_dialog</name>
        <message>
            <source>Save view</source>
            <translation>保存视图</translation>
        </message>
        <message>
            <source>What this view is for (optional)</source>
            <translation>此视图的用途（可选）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Saves the pair, the table's filters and sort, the charted indicator, the chart's mode and range, and the comparison and pivot layouts in the workspace.</source>
            <translation>在工作区中保存国家对、表格的筛选和排序、图表所示指标、图表模式和范围，以及对比和透视表的布局。</translation>
        </message>
        <message>
            <source>A view called “{name}” exists: saving replaces it (Undo brings it back).</source>
            <translation>已存在名为“{name}”的视图：保存将替换它（撤销可恢复）。</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>已保存的视图</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Show this view</source>
            <translation>显示此视图</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <source>Give the view another name</source>
            <translation>为视图改名</translation>
        </message>
        <message>
            <source>Overwrite with current</source>
            <translation>用当前内容覆盖</translation>
        </message>
        <message>
            <source>Save what the desk shows now under this name</source>
            <translation>以此名称保存当前显示的内容</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete the view (Undo brings it back)</source>
            <translation>删除视图（撤销可恢复）</translation>
        </message>
        <message>
            <source>Rename view</source>
            <translation>重命名视图</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>新名称</translation>
        </message>
    </context>
    <context>
        <name>workspace_actions</name>
        <message>
            <source>Corridor workspace (*.duckdb);;All files (*)</source>
            <translation>Corridor 工作区 (*.duckdb);;所有文件 (*)</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>新建工作区</translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>打开工作区</translation>
        </message>
        <message>
            <source>Connected to {server} as {user} ({role})</source>
            <translation>已以 {user}（{role}）身份连接到 {server}</translation>
        </message>
        <message>
            <source>{path} already exists; choose a new name or open it instead.</source>
            <translation>{path} 已存在；请选择新名称，或改为打开它。</translation>
        </message>
        <message>
            <source>Could not open the workspace: {reason}</source>
            <translation>无法打开工作区：{reason}</translation>
        </message>
        <message>
            <source>The workspace you had open is unchanged and still open.</source>
            <translation>您之前打开的工作区未被更改，仍处于打开状态。</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>已打开 {path}</translation>
        </message>
        <message>
            <source>Save workspace as</source>
            <translation>工作区另存为</translation>
        </message>
        <message>
            <source>Could not save a copy: {reason}</source>
            <translation>无法保存副本：{reason}</translation>
        </message>
        <message>
            <source>{workspace} is not a file: it has no backups to restore.</source>
            <translation>{workspace} 不是文件：没有可恢复的备份。</translation>
        </message>
    </context>
</TS>