// The page's words in Chinese (the default) and English, and the names of the
// domain's values (roles, kinds, states). t(key, vars) looks a word up in the
// chosen language; a key with no translation shows itself.

const words = {
  brand: ['留守儿童关爱', 'homeward'],
  sign_in: ['登录', 'Sign in'],
  sign_out: ['退出', 'Sign out'],
  token: ['登录令牌', 'Token'],
  keep_signed_in: ['在此设备上保持登录（公用设备请勿勾选）', 'Stay signed in on this device (not on a shared one)'],
  token_hint: ['协调员发给您的令牌，以 hw_ 开头', 'The token your coordinator gave you, starting hw_'],
  loading: ['加载中…', 'Loading…'],
  nothing: ['暂无', 'Nothing yet'],
  done_ok: ['已保存', 'Saved'],
  // volunteer
  activities: ['活动', 'Activities'],
  open_activities: ['招募中的活动', 'Open activities'],
  free_of: ['空位 {free}/{capacity}', '{free} of {capacity} free'],
  free_places: ['空位 {free}', '{free} free'],
  sign_up: ['报名', 'Sign up'],
  join_waitlist: ['加入候补', 'Join the waitlist'],
  withdraw: ['退出报名', 'Withdraw'],
  signed_up: ['已报名', 'Signed up'],
  waitlist_place: ['候补第 {place} 位', 'Waitlist place {place}'],
  schedule: ['我的日程', 'My schedule'],
  upcoming: ['即将参加', 'Upcoming'],
  past: ['已参加', 'Past'],
  hours_served: ['服务时长（小时）', 'Hours served'],
  my_children: ['我的孩子', 'My children'],
  help_pair: ['结对帮扶', 'Help pair'],
  card: ['档案卡', 'Archive card'],
  contacts: ['联系记录', 'Contacts'],
  surveys: ['半年摸底调查', 'Half-yearly surveys'],
  counseling_sessions: ['心理辅导记录', 'Counseling sessions'],
  aid_received: ['受助记录', 'Aid received'],
  library: ['图书屋', 'Library'],
  submit_report: ['上报本月报告', 'Submit this month’s report'],
  confirm_hours: ['确认服务时长', 'Confirm hours'],
  hours_confirmed: ['已确认 {hours} 小时', '{hours} hours confirmed'],
  narrative: ['工作情况', 'Narrative'],
  check_in: ['签到', 'Check in'],
  check_out: ['签退', 'Check out'],
  check_in_code: ['签到码', 'Check-in code'],
  open_check_in: ['开始今天的签到', 'Open today’s check-in'],
  todays_code: ['{day} 签到码：{code}', 'Check-in code for {day}: {code}'],
  checked_in: ['已签到 {at}', 'Checked in {at}'],
  books_on_shelf: ['书架上的图书：{n} 册', 'Books on the shelf: {n}'],
  families: ['爱心家庭', 'Caring families'],
  group_session: ['团体', 'group'],
  record_contact: ['记录一次联系', 'Record a contact'],
  contact_kind: ['方式', 'How'],
  contact_by: ['联系人', 'Made by'],
  minutes: ['时长（分钟）', 'Minutes'],
  summary: ['内容摘要', 'Summary'],
  reminders: ['提醒', 'Reminders'],
  calendar: ['日历订阅', 'Calendar'],
  calendar_text: ['把活动和提醒订阅到手机日历。链接只显示一次，请妥善保存；新链接会使旧链接失效。',
    'Subscribe your phone calendar to your activities and reminders. The link is shown once; a new link ends the old one.'],
  new_feed: ['生成日历链接', 'Make a calendar link'],
  revoke_feed: ['停用日历链接', 'Stop the calendar link'],
  download_ics: ['下载日历文件', 'Download calendar file'],
  // coordinator
  plan: ['新建活动', 'Plan an activity'],
  title: ['名称', 'Title'],
  kind: ['类型', 'Kind'],
  unit: ['单位', 'Unit'],
  place: ['地点', 'Place'],
  starts: ['开始', 'Starts'],
  ends: ['结束', 'Ends'],
  times_in_zone: ['时间按 {zone} 时区', 'Times on the {zone} clock'],
  children_places: ['儿童名额', 'Places for children'],
  ratio: ['每名成人照看儿童数', 'Children per adult'],
  slots: ['岗位', 'Slots'],
  slot_role: ['岗位名称', 'Slot'],
  capacity: ['人数', 'Places'],
  add_slot: ['添加岗位', 'Add a slot'],
  open_now: ['立即开始招募', 'Open recruitment now'],
  save: ['保存', 'Save'],
  roster: ['名单', 'Roster'],
  holders: ['已报名', 'Holders'],
  waitlist: ['候补', 'Waitlist'],
  groups: ['分组', 'Groups'],
  group_name: ['组名', 'Group name'],
  waiver_of: ['{name}的特别承诺', 'The waiver of {name}'],
  accept_waiver_and_sign_up: ['我已阅读并同意，报名', 'I have read it and accept: sign up'],
  group_two_adult_rule: ['该组有儿童，但成人不足两名', 'this group has children and fewer than two adults'],
  group_ratio_exceeded: ['该组儿童超过成人可照看的人数', 'this group has more children than its adults may look after'],
  form_group: ['建组', 'Form a group'],
  assign_to_group: ['分到组', 'Put in group'],
  children: ['儿童', 'Children'],
  pledges: ['赞助', 'Sponsors'],
  sponsor: ['赞助方', 'Sponsor'],
  what: ['内容', 'What'],
  quantity: ['数量', 'Quantity'],
  record_pledge: ['记录赞助', 'Record a pledge'],
  fulfil: ['已兑现', 'Fulfilled'],
  fulfil_one: ['记一次兑现', 'Record delivery'],
  manage: ['活动管理', 'Manage'],
  confirm_cancel: ['确定取消“{title}”？已报名的志愿者都会看到活动取消。', 'Cancel "{title}"? Everyone signed up will see it cancelled.'],
  confirm_complete: ['确定“{title}”已完成？完成后不能再更改。', 'Mark "{title}" completed? It cannot be changed afterwards.'],
  not_done: ['未执行', 'Not done'],
  cancel_activity: ['取消活动', 'Cancel the activity'],
  reason: ['原因', 'Reason'],
  weather: ['因天气取消', 'Because of the weather'],
  reschedule: ['改期', 'Reschedule'],
  attendance: ['考勤', 'Attendance'],
  open_recruitment: ['开始招募', 'Open recruitment'],
  close_recruitment: ['停止招募', 'Close recruitment'],
  complete: ['活动完成', 'Mark completed'],
  cancelled_because: ['已取消：{reason}', 'Cancelled: {reason}'],
  care_board: ['3+1 关爱看板', '3+1 care board'],
  child: ['儿童', 'Child'],
  last_contact: ['最近联系', 'Last contact'],
  no_contact: ['{days} 天未联系', 'No contact in {days} days'],
  over_limit: ['超出本单位上限 {holds}/{limit}', "Over this unit's limit: {holds}/{limit}"],
  missing_roles: ['缺少角色的儿童：{n}', 'Children missing a role: {n}'],
  assign: ['指派', 'Assign'],
  care_team: ['照护团队', 'Care team'],
  end: ['结束', 'End'],
  end_reason: ['{who} 结束的原因', 'Why {who} stops'],
  form_pair: ['结成帮扶对子', 'Form a help pair'],
  all_units: ['全部单位', 'All units'],
  contact_days: ['未联系天数', 'Days without contact'],
  choose_volunteer: ['选择志愿者', 'Choose a volunteer'],
  transfer_to: ['转至单位', 'Transfer to'], choose_unit: ['选择单位', 'Choose a unit'],
  transfer: ['转出', 'Transfer'],
  effective_on: ['生效日期（补录时填写）', 'Took effect on (if before today)'],
  move_members: ['整体转出本单位人员（撤点并校）', 'Move everyone of this unit'],
  move_members_to: ['全部转至', 'Move everyone to'],
  leave_without_consent: ['无监护人同意书的儿童暂留原单位', 'Leave children without consent behind'],
  move: ['全部转出', 'Move everyone'],
  due_overdue: ['到期和逾期', 'Due and overdue'],
  all_open: ['全部未完成', 'All open'],
  overdue_only: ['只看逾期', 'Overdue only'],
  report: ['月报', 'Monthly report'],
  month: ['月份', 'Month'],
  hours_by_month: ['志愿服务时长（小时，按月）', 'Volunteer hours by month'],
  reach_by_unit: ['各单位覆盖儿童与联系次数', 'Children reached and contacts by unit'],
  activities_held: ['开展活动', 'Activities held'],
  children_reached: ['覆盖儿童', 'Children reached'],
  volunteer_hours: ['志愿时长', 'Volunteer hours'],
  contacts_made: ['联系次数', 'Contacts made'],
  report_state: ['月报', 'Report'],
  late_reports: ['逾期上报', 'Late reports'],
  short_openings: ['工作日开放不足 2 小时', 'Working days open under 2 hours'],
  rest_day_openings: ['周末、节假日开放', 'Weekends and holidays open'],
  station: ['活动站', 'Station'],
  rest_days: ['周末、节假日天数', 'Weekend and holiday days'],
  days_open: ['开放天数', 'Days open'],
  days_open_all_day: ['全天开放天数', 'Days open all day'],
  stations: ['活动站', 'Stations'],
  day: ['日期', 'Day'],
  short_day: ['开放不足', 'Short'],
  day_met: ['达标', 'Met'],
  rest_day: ['休息日', 'Rest day'],
  day_not_over: ['今天', 'Today'],
  short_days: ['近两周 {n} 个工作日开放不足', '{n} working days short in two weeks'],
  min_daily: ['每天至少 {minutes} 分钟', 'At least {minutes} minutes a day'],
  registered_on: ['{day} 建站', 'Registered {day}'],
  minutes_open: ['开放时长（分钟）', 'Minutes open'],
  children_came: ['到站儿童（人）', 'Children who came'],
  staff_on_duty: ['值守人员', 'Staff on duty'],
  staff_hint: ['多人用逗号分隔', 'Several separated by commas'],
  opening_hint: ['每天结束时记录；同一天上午、下午分两次记录的，时长合计。', 'Record it at the day\'s end; two openings on one day (morning and afternoon) count together.'],
  record_opening: ['记录开放', 'Record the opening'],
  register_station: ['新建活动站', 'Register a station'],
  station_name: ['站名', 'Station name'],
  area_m2: ['面积（平方米，至少 100）', 'Area (m², at least 100)'],
  reading_room: ['阅览室名称', 'Reading room'],
  sports_room: ['文体活动室名称', 'Sports room'],
  music_dance_room: ['音乐舞蹈室名称', 'Music and dance room'],
  talk_room: ['谈心室名称', 'Talk room'],
  holidays: ['节假日安排', 'Holidays'],
  holidays_of: ['{year} 年节假日安排', 'Holidays of {year}'],
  year: ['年份', 'Year'],
  days_off: ['放假的工作日', 'Weekdays off'],
  workdays: ['调休上班的周末', 'Weekend days worked (调休)'],
  source_is: ['依据：{source}', 'Source: {source}'],
  source: ['依据文件', 'Source (the notice)'],
  not_declared: ['尚未登记：未登记的年份按周一至周五上班计算', 'Not declared: a year not declared works Monday to Friday'],
  declare_holidays: ['登记或更新节假日安排', 'Declare or replace the holidays'],
  dates_hint: ['日期格式为 2027-10-01，每行一个，也可用空格、逗号或顿号分隔；新的登记替换该年原有安排。',
    'Dates as 2027-10-01, one a line or separated by spaces, commas or 、; a new declaration replaces the year\'s earlier one.'],
  // auditor
  history: ['事件记录', 'History'],
  stream: ['数据流', 'Stream'],
  type: ['事件类型', 'Type'],
  actor: ['操作人', 'Actor'],
  from_day: ['起始日期', 'From'],
  to_day: ['截止日期', 'To'],
  filter: ['筛选', 'Filter'],
  more: ['更多', 'More'],
  position: ['位置', 'Position'],
  when: ['时间', 'When'],
  replay: ['历史回放', 'Replay'],
  view: ['视图', 'View'],
  as_of: ['截至日期', 'As of'],
  subject: ['对象编号', 'Subject id'],
  show: ['查看', 'Show'],
  verify: ['链校验', 'Verify'],
  verify_run: ['校验哈希链', 'Verify the hash chain'],
  chain_ok: ['哈希链完整：{n} 条事件均未被改动', 'The chain holds: {n} events, none altered'],
  chain_broken: ['哈希链断裂于位置 {at}：{problem}', 'The chain breaks at position {at}: {problem}'],
};

const names = {
  admin: ['管理员', 'admin'], coordinator: ['协调员', 'coordinator'], counselor: ['心理咨询师', 'counselor'],
  volunteer: ['志愿者', 'volunteer'], auditor: ['审计员', 'auditor'],
  trip: ['外出活动', 'trip'], library_build: ['图书屋建设', 'library build'], counseling: ['心理辅导', 'counseling'],
  flag_ceremony: ['升旗仪式', 'flag ceremony'], class_meeting: ['主题班会', 'class meeting'], forum: ['座谈会', 'forum'],
  station_opening: ['站点开放', 'station opening'], safety_education: ['安全教育', 'safety education'],
  guardian_training: ['监护人培训', 'guardian training'], aid_distribution: ['物资发放', 'aid distribution'], other: ['其他', 'other'],
  planned: ['筹备中', 'planned'], recruiting: ['招募中', 'recruiting'], full: ['已满', 'full'], closed: ['已截止', 'closed'],
  cancelled: ['已取消', 'cancelled'], completed: ['已完成', 'completed'],
  caring_mother: ['爱心妈妈', 'caring mother'], proxy_parent: ['代理家长', 'proxy parent'], happy_companion: ['快乐伙伴', 'happy companion'],
  upcoming_state: ['未到期', 'upcoming'], due: ['到期', 'due'], overdue: ['逾期', 'overdue'], done: ['已完成', 'done'],
  present: ['出勤', 'present'], absent: ['请假', 'absent'], no_show: ['缺席', 'no show'],
  not_due: ['未到期', 'not due'], on_time: ['按时上报', 'on time'], late: ['逾期', 'late'], missing: ['未上报', 'missing'],
  monthly_contact: ['每月联系', 'monthly contact'], school_visit: ['后期走访', 'school visit'], survey: ['半年调查', 'half-yearly survey'],
  monthly_report: ['月报上报', 'monthly report'], activity_notice: ['活动提醒', 'activity tomorrow'],
  activity_completion: ['活动结束后确认完成', 'mark the activity completed'],
  readiness: ['审核/承诺书缺失', 'vetting or waiver missing'], group_short: ['分组成人不足', 'group short of adults'], care_waiver: ['帮扶人承诺书待签', 'carer’s waiver to sign'], library_restock: ['图书补充', 'library restock'],
  counseling_follow_up: ['心理随访', 'counseling follow-up'], hours_confirmation: ['确认服务时长', 'confirm hours'],
  vetting: ['年度审核', 'yearly vetting'], erasure: ['待确认删除个人信息', 'erasure to confirm'],
  consent: ['待取得监护人同意', 'guardian’s consent to obtain'],
  phone_call: ['电话', 'phone call'], letter: ['亲情书信', 'letter'], talk: ['谈心', 'talk'], home_visit: ['家访', 'home visit'],
  follow_up_visit: ['回访', 'follow-up visit'],
  good: ['较好', 'good'], fair: ['一般', 'fair'], poor: ['差', 'poor'], unrated: ['未评', 'unrated'],
  held: ['已进行', 'held'], family: ['爱心家庭', 'caring family'],
};

// Refusals in Chinese, by the server's code; the server's own message follows.
const refusals = {
  not_found: '找不到', invalid_argument: '填写有误', already_exists: '已存在', not_vetted: '志愿者尚未通过审核',
  waiver_missing: '志愿者尚未签署承诺书', role_taken: '该角色已有人担任', role_limit: '该志愿者担任的角色已达上限',
  suspended: '志愿者已被暂停', underage_role: '未成年志愿者不能担任此角色', consent_missing: '缺少监护人同意书',
  same_person: '不能是同一人', not_reviewed: '档案卡尚未审核', inactive: '已停用或已离开', capacity_full: '名额已满',
  double_booking: '时间冲突：该志愿者同一时间已有其他活动', daily_limit: '该志愿者当天报名的活动已达上限',
  cutoff_passed: '已过报名截止时间',
  not_recruiting: '活动不在招募中', already_signed_up: '已经报名', activity_cancelled: '活动已取消',
  below_holders: '人数不能少于已报名人数', two_adult_rule: '每组至少需要两名成人', ratio_exceeded: '超出儿童与成人比例',
  bad_check_in_code: '签到码不正确', unauthorized: '请重新登录', forbidden: '没有权限',
  precondition_failed: '数据已被他人修改，已显示最新内容，请核对后重试', rate_limited: '操作太频繁，请稍后再试', unavailable: '服务暂不可用',
  network: '网络连接失败', timeout: '网络超时，服务器没有及时回应',
  kind_required: '此岗位只招特定类型的志愿者', not_party_member: '结对帮扶须由党员或干部担任',
  consent_in_force: '监护人同意处理个人信息的同意书仍然有效', not_an_auditor: '该账号不是审计员',
  not_granted: '该账号没有查看个人信息的授权', unit_in_use: '该单位还有未撤销的下级单位或未结束的活动', erased: '个人信息已删除',
  token_in_url: '令牌不能放在网址中', idempotency_key_reused: '这次提交与同一操作的第一次提交内容不同',
  wrong_expected_version: '数据正在被他人同时修改，请刷新后重试', conflict: '与现有记录冲突',
  method_not_allowed: '不支持此操作', payload_too_large: '提交的内容太大',
  request_header_fields_too_large: '请求头太大', internal: '服务器内部错误',
  corruption: '服务器数据损坏，请联系管理员',
};

let lang = localStorage.getItem('homeward.lang') === 'en' ? 1 : 0;

// The chosen language: "zh-CN" or "en".
export function language() {
  return lang === 0 ? 'zh-CN' : 'en';
}

// Switches the language and remembers it on this device.
export function setLanguage(code) {
  lang = code === 'en' ? 1 : 0;
  localStorage.setItem('homeward.lang', code === 'en' ? 'en' : 'zh-CN');
  document.documentElement.lang = language();
}

// The word for `key` with {name} placeholders filled from `vars`.
export function t(key, vars = {}) {
  const entry = words[key];
  const text = entry ? entry[lang] : key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
}

// The display name of a domain value ("caring_mother", "recruiting"); the value itself when unknown.
export function nameOf(value) {
  const own = (key) => (Object.hasOwn(names, key) ? names[key] : undefined);
  const entry = own(value) ?? own(`${value}_state`);
  return entry ? entry[lang] : String(value ?? '');
}

// What to tell a person about refusal `error` (an ApiError or Error): in
// Chinese, the meaning of its code and then the server's message; in
// English, the server's message. Never empty: a refusal without a message
// shows its code.
export function explain(error) {
  const meaning = lang === 0 ? refusals[error.code] : undefined;
  const message = error.message || String(error.code ?? error);
  if (!meaning) return message;
  return error.message ? `${meaning}：${error.message}` : meaning;
}

// Every value of a kind the page offers in a choice.
export const activityKinds = ['trip', 'library_build', 'counseling', 'flag_ceremony', 'class_meeting',
  'forum', 'station_opening', 'safety_education', 'guardian_training', 'aid_distribution', 'other'];
export const careRoles = ['caring_mother', 'proxy_parent', 'happy_companion'];
export const contactKinds = ['phone_call', 'talk', 'home_visit', 'letter', 'school_visit', 'follow_up_visit'];
