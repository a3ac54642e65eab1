//! The interface's words in Japanese (日本語). Nouns do not inflect: a count takes a
//! counter (36件の出来事); CLDR's plural rules for Japanese have the one category
//! "other", so no sentence here depends on the number.

use super::{num, Noun, Words};
use explorer_core::date::Precision;
use explorer_core::filter::Group;
use explorer_core::matrix::Cell;
use explorer_core::selection::Item;
use explorer_core::ticks::{TickLabel, Unit};
use explorer_core::url::{Notice, Param};
use explorer_core::{Facet, Filter, Kind, Lang, View};

pub static JA: Words = Words {
    skip: "本文へ移動",
    views: "表示",
    search: "検索",
    search_hint: "アクター、地名、語句…",
    filtered_by: "絞り込み:",
    clear_all: "すべて解除",
    clear: "解除",
    filters: "絞り込み",
    close: "閉じる",
    dismiss: "閉じる",
    notice_head: "このリンクの一部は使えなかったため、残りの条件で表示しています:",
    find_actor: "アクターを探す",
    show_fewer: "少なく表示",
    date_hint: "YYYY、YYYY-MM、YYYY-MM-DD",
    not_a_date: "日付ではありません: YYYY、YYYY-MM、YYYY-MM-DD の形で入力してください",
    show_in_article: "記事の中で見る",
    shares_quotes: "引用を共有する項目",
    aliases: "別表記",
    about: "対象: ",
    all_sources: "← 資料の一覧",
    no_headline: "原文に見出しはありません。この題は内容を表すために付けたものです。",
    legend: "強調された箇所",
    debris: "ページの残骸",
    reported: "報道の日付",
    undated: "日付なし",
    comparisons: "資料間の比較",
    map_heading: "同盟関係の地図",
    active_filters: "適用中の絞り込み",
    show_more_rows: "さらに表示",
    by: "筆者: ",
    actor_groups: ["国家", "組織・同盟", "人物", "場所", "その他"],
    from: "開始",
    to: "終了",
    mark_kinds: ["出来事", "関係", "主張", "読解メモ"],
    unsigned: "署名のない記事",
    unnamed: "匿名の情報源",
    survey: "出典不明の調査",
    open_paren: "（",
    close_paren: "）",
    language: "言語",
    language_note: "記事・引用・主張・要約は、書かれた（注釈された）言語のまま表示しています。",
    tl_tools: "年表の操作",
    zoom_in: "拡大",
    zoom_out: "縮小",
    zoom_reset: "表示を戻す",
    lanes_by: "行の分け方 ",
    lane_groups: ["出来事の種類", "アクター", "分けない"],
    table: "表",
    clear_dates: "期間を解除",
    tl_chart: "時間軸上の出来事",
    tl_overview: "全期間と、上に表示中の範囲。ドラッグすると期間を指定できます",
    tl_point: "日付まで判明",
    tl_bar: "月または年まで判明、または期間",
    contested: "資料によって報じ方が異なる",
    undated_band: "日付なし: 原文の順に、日付を付けずに並べています",
    tl_table_caption: "出来事の時系列順の一覧（列ごとに並べ替え）",
    tl_columns: ["日付", "出来事", "種類", "アクター"],
    no_actor: "アクターなし",
    name_reported: "（報道の日付）",
    name_contested: "（資料によって異なる）",
    how_to_read: "読み方",
    how_types: "主張の種類",
    how_claim_types: [
        (
            "事実",
            "起きたこと、そうであることとして原文が述べ、確かめることができるもの",
        ),
        (
            "統計",
            "数値（兵力、ミサイル、金額、人々の割合など）。誰が数えたのかを確かめる",
        ),
        ("予測", "原文がこれから起きると見込むこと。まだ事実ではない"),
        ("評価", "物事の意味、原因、価値についての判断"),
        ("意見", "抱かれている、または伝えられている見方。事実としては示されない"),
        ("提言", "誰かがすべきこと"),
    ],
    how_by: "誰の主張か",
    how_asserters: [
        ("記事の筆者", "記事の書き手。署名がなければ媒体"),
        (
            "名前の明示された人物・機関",
            "原文が名前を挙げる人や組織（大臣、省庁、提督など）",
        ),
        (
            "匿名の情報源",
            "「アナリスト」「報道」「推計」など。誰なのかを問う",
        ),
        ("出典不明の調査", "原文が出典を示さない世論調査や調査"),
    ],
    how_verdicts: "資料間の比較",
    how_verdict_words: [
        (
            "一致",
            "資料が同じことを述べている。表現や詳しさは違ってもよい",
        ),
        (
            "相違",
            "細部、数値、名前、強調点が異なるが、すべて同時に正しくありうる",
        ),
        ("対立", "すべてが正しいことはありえない、または逆の方針を勧めている"),
    ],
    how_cells: "マトリクスの見方",
    how_cell_words: [
        ("主張", "この資料が、他の資料と比べる論点を述べている"),
        ("一致", "同じことを述べている"),
        ("相違", "別の細部や強調点を示す。どちらも正しくありうる"),
        ("対立", "両方は正しくありえない、または逆を勧めている"),
        ("自己矛盾", "資料の中の箇所どうしが食い違っている"),
        ("言及なし", "この論点を取り上げていない"),
    ],
    download: "ダウンロード",
    menu: "メニュー",
    download_hint: "絞り込みを通った項目をファイルとして:",
    formats: [
        "表示中のすべて（JSON）",
        "出来事（CSV）",
        "関係（CSV）",
        "主張（CSV）",
        "TimelineJS 用の出来事（JSON）",
        "Web Annotation 形式の引用（JSON-LD）",
        "ネットワーク（GraphML）",
    ],
    making: "ファイルを作成中…",
    saved: "保存しました: ",
    not_saved: "ここではファイルを作成できませんでした。",
    embed: "埋め込み",
    theme: "配色",
    themes: ["システムに合わせる", "ライト", "ダーク"],
    embed_title: "この表示を埋め込む",
    embed_help: "このコードをウェブページに貼り付けると、この表示をこの絞り込みのまま枠の中に表示できます。枠の高さを自動で合わせる数行は README にあります。",
    embed_code: "貼り付けるコード",
    embed_theme: "埋め込み枠の配色",
    update_ready: "エクスプローラーの新しい版を利用できます。再読み込みしても表示はそのまま残ります。",
    update_reload: "再読み込みして更新",
    embed_themes: ["閲覧者の設定に合わせる", "ライト", "ダーク"],
    copy: "コピー",
    copied: "コピーしました。",
    copy_by_hand: "コードを選択しました。Ctrl+C（⌘C）でコピーしてください。",
    printed_from: "印刷元: ",
    open_full: "エクスプローラー全体を開く ↗",
    lessons: "授業",
    lessons_intro: "資料を一歩ずつたどるガイド付きの授業。各ステップにクラスへの問いがあります。",
    question: "問い: ",
    lesson_tools: "授業のステップ",
    previous: "← 前へ",
    next: "次へ →",
    end_lesson: "授業を終える",
    cl_tools: "主張の操作",
    group_by: "まとめ方 ",
    order: "順序 ",
    cl_groups: ["まとめない", "比較の論点", "アクター", "資料", "主張の種類"],
    cl_sorts: ["資料の順", "対象の日付順"],
    contested_only: "争点のみ",
    contested_label: "争点のみ",
    not_compared: "資料間で比較されていない",
    note_flag: "読解メモ: ",
    concerns: "対象の日付 ",
    cl_table_caption: "主張の一覧（上で選んだまとめ方と順序）",
    cl_columns: ["主張", "種類", "主張者", "資料", "対象の日付"],
    matrix_heading: "主張 × 資料のマトリクス",
    matrix_caption: "比較される各論点について各資料がどの立場か。セルを選ぶと比較が開きます",
    matrix_point: "論点",
    map_tools: "地図の操作",
    map_geo: "地理",
    map_net: "ネットワーク",
    map_chart: "アクターとその関係",
    asof: "時点 ",
    step_back: "一つ前へ",
    step_forward: "一つ先へ",
    play: "再生",
    pause: "一時停止",
    all_dates: "全期間",
    map_legend: "関係",
    map_ended: "その日付までに終了: 薄く表示",
    map_undated: "日付のない関係: 記事が報じる最も新しい日付から表示",
    map_ended_name: "（表示中の日付までに終了）",
    map_every: "関係を一つずつ表示",
    map_with: "、相手: ",
    map_outside: "、地図の範囲外（矢印の方向）",
    map_failed: "国境線を読み込めませんでした。アクターと関係は国境線なしで表示しています。",
    map_table_caption: "表示中の関係（列ごとに並べ替え）",
    map_columns: ["起点", "種類", "相手", "状態", "開始", "終了", "資料"],
    panic_title: "問題が発生しました",
    panic_text: "予期しないエラーでエクスプローラーが停止しました。再読み込みすると、見ていた状態から再開します。最初からやり直すと、このリンクの設定は破棄されます。",
    panic_reload: "エクスプローラーを再読み込み",
    panic_afresh: "最初からやり直す",
    open_link: "自分のコーパスを開く…",
    open_link_note: " 自分の記事と注釈を、このブラウザの中で検査して探索できます。",
    #[cfg(feature = "open")]
    open: &OPEN,
    count,
    showing: |shown, total, noun| {
        format!("{}{}件中{}件を表示", noun_name(noun), num(total), num(shown))
    },
    none_in_corpus: |noun| format!("このコーパスには{}がありません", noun_name(noun)),
    none_on_article: |noun| format!("この記事には{}がありません", noun_name(noun)),
    no_match_remove: |noun, facet, n| {
        let n = num(n as usize);
        format!("該当する{}はありません。「{facet}」を外すと{n}件表示されます", noun_name(noun))
    },
    no_match: |noun| format!("この絞り込みに該当する{}はありません。", noun_name(noun)),
    show_all: |n, noun| format!("{}をすべて表示（{}件）", noun_name(noun), num(n)),
    show_more: |rest, page| format!("さらに{}件表示（未表示{}件）", num(rest.min(page)), num(rest)),
    view_name,
    group_title,
    facet_label,
    remove_filter: |label| format!("絞り込み「{label}」を外す"),
    notice,
    item_kind,
    precision,
    after: |title| format!("前の出来事: {title}"),
    span,
    asserted_by: |who| format!("主張者: {who}"),
    supports: |n| format!("{n}件の項目の根拠"),
    steps: |n| format!("{n}ステップ"),
    step_of: |i, n| format!("ステップ {i}/{n}"),
    cell_word,
    pair_name,
    pair_hidden: |n| format!("ほかに{n}件の関係が絞り込みで隠れています"),
    asof_line: |date, in_force, ended| format!("{date}時点: 有効{in_force}件、終了{ended}件"),
    unit_name,
    tick,
};

#[cfg(feature = "open")]
static OPEN: super::Open = super::Open {
    title: "自分のコーパスを開く",
    intro: "記事（.txt）と注釈（.toml）が入ったフォルダーを選んでください（形式はこのエクスプローラーの seeds と同じです）。ファイルを選ぶかここにドロップするか、エクスプローラーが書き出した corpus.json を一つ選ぶこともできます。ビルドと同じ厳しさで検査し、ファイルはこのブラウザの外へは送られません。",
    folder: "フォルダーを選ぶ",
    files: "ファイルを選ぶ",
    drop: "…またはここにファイルをドロップ",
    back: "エクスプローラーに戻る",
    checking: "ファイルを検査中…",
    none: "記事（.txt）、注釈（.toml）、corpus.json のいずれも含まれていませんでした。",
    one_json: "corpus.json は一度に一つだけ選んでください（または、それを除いた記事と注釈を）。",
    without: "それらを除いて開く",
    copy: "コピー",
    copy_all: "すべての問題をコピー",
    copied: "コピーしました。",
    not_copied: "コピーできませんでした。テキストを選択して手動でコピーしてください。",
    not_kept: "このブラウザはファイルの保存を許可していません。コーパスはこの訪問の間だけ開いています。",
    kept_note: "このブラウザで開いています（アップロードはしていません）。",
    close: "このコーパスを閉じる",
    save: "1つのファイルとして保存",
    save_hint: "このコーパスをネットワークなしでディスクから開ける HTML ファイル。クラスに配るために。",
    saving: "ファイルを作成中…",
    saved: "保存しました: ",
    save_failed: "ファイルを作成できませんでした: ",
    no_outlines: "このビルドの地図の国境線を読み込めません",
    problems: |n, files| {
        format!("{files}件のファイルを検査しました。コーパスに{n}件の問題があり、開けませんでした。修正してから、もう一度ファイルを選んでください。")
    },
    left_out: |n| {
        format!("このファイルは抜粋です。含まれていない項目を指す部分が{n}件あり、それらは除かれます。")
    },
    reading: |files| format!("{files}件のファイルを読み込み中…"),
};

/// A noun's name.
fn noun_name(noun: Noun) -> &'static str {
    match noun {
        Noun::Event => "出来事",
        Noun::Relation => "関係",
        Noun::Claim => "主張",
        Noun::Comparison => "比較",
        Noun::Source => "資料",
        Noun::Note => "読解メモ",
        Noun::Actor => "アクター",
    }
}

/// "36件の出来事".
fn count(n: usize, noun: Noun) -> String {
    format!("{}件の{}", num(n), noun_name(noun))
}

fn view_name(v: View) -> &'static str {
    v.label_in(Lang::Ja)
}

fn group_title(g: Group) -> &'static str {
    use Group::*;
    match g {
        Text => "テキスト",
        Actor => "アクター",
        Date => "期間",
        Source => "資料",
        EventKind => "出来事の種類",
        RelationType => "関係の種類",
        Status => "関係の状態",
        ClaimType => "主張の種類",
        By => "主張者",
        Contested => "争点",
    }
}

/// "アクター: Japan", "2024年6月から"; `name` is the actor's or source's name or the
/// date in words.
fn facet_label(facet: Facet, f: &Filter, name: &str) -> String {
    let ja = Lang::Ja;
    match facet {
        Facet::Text => format!("テキスト「{}」", f.q),
        Facet::Actor(_) => format!("アクター: {name}"),
        Facet::From => format!("{name}から"),
        Facet::To => format!("{name}まで"),
        Facet::Source(_) => format!("資料: {name}"),
        Facet::Kind(Kind::Event(k)) => format!("出来事: {}", k.label_in(ja)),
        Facet::Kind(Kind::Relation(k)) => format!("関係: {}", k.label_in(ja)),
        Facet::Kind(Kind::Claim(k)) => format!("主張: {}", k.label_in(ja)),
        Facet::Status(s) => format!("状態: {}", s.label_in(ja)),
        Facet::By(b) => format!("主張者: {}", b.label_in(ja)),
        Facet::Contested => JA.contested_label.to_string(),
    }
}

fn notice(n: &Notice) -> String {
    let what = |p: Param| match p {
        Param::Actor => "アクター",
        Param::Source => "資料",
        Param::Kind => "種類",
        Param::Status => "状態",
        Param::By => "主張者の種類",
    };
    match n {
        Notice::BadText(s) => format!("「{s}」は正しい文字列ではないため無視しました"),
        Notice::Repeated(k) => format!("「{k}」が二度指定されていたため、後の方を使います"),
        Notice::Unknown(p, v) => format!("不明な{}「{v}」を無視しました", what(*p)),
        Notice::BadDate(k, v) => {
            format!("{k}=「{v}」は日付（YYYY、YYYY-MM、YYYY-MM-DD）ではないため無視しました")
        }
        Notice::BadFlag(k, v) => format!("{k}=「{v}」は 1 でも 0 でもないため無視しました"),
        Notice::BadChoice(k, v) => format!("{k}=「{v}」はここで選べる値ではないため無視しました"),
        Notice::UnknownSetting(k) => format!("不明な設定「{k}」を無視しました"),
        Notice::Backwards(a, b) => {
            format!("期間 {a}〜{b} は終わりが始まりより前のため無視しました")
        }
        Notice::NoSource(id) => format!("資料「{id}」はありません。すべての資料を表示します"),
        Notice::NoPage(p) => format!("ページ「/{p}」はありません。最初のページを表示します"),
        Notice::NoItem(s) => format!("「{s}」という項目はないため、詳細は表示しません"),
        Notice::BadPassage(s) => {
            format!("「{s}」はこの記事の箇所ではありません。記事を先頭から表示します")
        }
        Notice::BadWindow(s) => {
            format!(
                "tw=「{s}」は二つの日付の範囲（最初..最後）ではありません。通常の範囲を表示します"
            )
        }
        Notice::BadLayout(s) => {
            format!("layout=「{s}」は geo でも network でもありません。地理の地図を表示します")
        }
        Notice::NoLesson(s) => format!("授業「{s}」はありません。授業なしで表示します"),
        Notice::BadStep(s) => {
            format!(
                "ステップ「{s}」はこのリンクの授業のステップではありません。授業なしで表示します"
            )
        }
        Notice::BadLang(s) => {
            format!("lang=「{s}」はこのエクスプローラーの言語（en、ja）ではありません。通常の言語で表示します")
        }
        Notice::BadTheme(s) => {
            format!("theme=「{s}」は light でも dark でもありません。通常の配色で表示します")
        }
    }
}

fn item_kind(item: Item) -> &'static str {
    use Item::*;
    match item {
        Event(_) => "出来事",
        Relation(_) => "関係",
        Claim(_) => "主張",
        Comparison(_) => "比較",
        Note(_) => "読解メモ",
        Actor(_) => "アクター",
        Period(_) => "期間",
        Pair(..) => "二つのアクターの関係",
    }
}

fn precision(p: Option<Precision>) -> &'static str {
    match p {
        Some(Precision::Year) => "年まで判明",
        Some(Precision::Month) => "月まで判明",
        Some(Precision::Day) => "日まで判明",
        None => "日付の記載なし",
    }
}

/// "2024年6月〜2025年2月", "2024年6月から", "2025年2月まで".
fn span(from: Option<&str>, to: Option<&str>) -> String {
    match (from, to) {
        (Some(a), Some(b)) => [a, "〜", b].concat(),
        (Some(a), None) => [a, "から"].concat(),
        (None, Some(b)) => [b, "まで"].concat(),
        (None, None) => String::new(),
    }
}

fn cell_word(cell: Cell) -> &'static str {
    match cell {
        Cell::Silent => "言及なし",
        Cell::Asserts => "主張",
        Cell::Agrees => "一致",
        Cell::Differs => "相違",
        Cell::Conflicts => "対立",
        Cell::SelfContradicts => "自己矛盾",
    }
}

/// "Russia – North Korea: 25件の関係: 同盟 8、軍事協力 5".
fn pair_name(a: &str, b: &str, n: usize, kinds: &[(&str, u16)], ended: bool) -> String {
    let mut s = [a, " – ", b, ": ", &count(n, Noun::Relation)].concat();
    for (i, (label, k)) in kinds.iter().enumerate() {
        s.push_str(if i == 0 { ": " } else { "、" });
        s.push_str(label);
        if n > 1 {
            s.push(' ');
            s.push_str(&k.to_string());
        }
    }
    if ended {
        s.push_str(JA.map_ended_name);
    }
    s
}

fn unit_name(u: Unit) -> &'static str {
    match u {
        Unit::Years(n) if n >= 10 => "10年単位",
        Unit::Years(1) => "1年単位",
        Unit::Years(_) => "数年単位",
        Unit::Quarter => "四半期単位",
        Unit::Month => "月単位",
        Unit::Days(1) => "日単位",
        Unit::Days(_) => "数日単位",
    }
}

/// "2024年", "2024年Q3", "2024年6月" or "6月", "2024年6月19日" or "6月19日".
fn tick(l: &TickLabel, with_year: bool) -> String {
    match *l {
        TickLabel::Year { year } => format!("{year}年"),
        TickLabel::Quarter { year, quarter } => format!("{year}年Q{quarter}"),
        TickLabel::Month { year, month } if with_year || month == 1 => {
            format!("{year}年{month}月")
        }
        TickLabel::Month { month, .. } => format!("{month}月"),
        TickLabel::Day { year, month, day } if with_year || (month == 1 && day == 1) => {
            format!("{year}年{month}月{day}日")
        }
        TickLabel::Day { month, day, .. } => format!("{month}月{day}日"),
    }
}
