// The names of the domain's values (unit kinds, roles, kinds, states) in
// Chinese and English, and the refusals in Chinese by the server's code, for
// i18n.js's nameOf() and explain().

// The names, [Chinese, English], by the value the API uses.
export const names = {
  federation: ['妇联', 'federation'], township: ['乡镇', 'township'], school: ['学校', 'school'],
  village: ['村', 'village'], association: ['协会', 'association'], company: ['企业', 'company'],
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
  male: ['男', 'male'], female: ['女', 'female'], unspecified: ['未填', 'not given'],
  consent_data_processing: ['个人信息处理同意书', 'to process the child’s data'], consent_trips: ['外出活动同意书', 'to go on trips'],
  party_member: ['党员干部', 'party member'], caring_family: ['爱心家庭', 'caring family'], teacher: ['教师', 'teacher'],
  student: ['学生', 'student'], retired_elder: ['五老', 'retired elder'],
  good: ['较好', 'good'], fair: ['一般', 'fair'], poor: ['差', 'poor'], unrated: ['未评', 'unrated'],
  held: ['已进行', 'held'], family: ['爱心家庭', 'caring family'],
};

// Refusals in Chinese, by the server's code; the server's own message follows.
export const refusals = {
  not_found: '找不到', invalid_argument: '填写有误', already_exists: '已存在', not_vetted: '志愿者尚未通过审核',
  waiver_missing: '志愿者尚未签署承诺书', role_taken: '该角色已有人担任', role_limit: '该志愿者担任的角色已达上限',
  suspended: '志愿者已被暂停', underage_role: '未成年志愿者不能担任此角色', consent_missing: '缺少监护人同意书',
  same_person: '不能是同一人', not_reviewed: '档案卡尚未审核', inactive: '已停用或已离开', capacity_full: '名额已满',
  double_booking: '时间冲突：该志愿者同一时间已有其他活动', daily_limit: '该志愿者当天报名的活动已达上限',
  cutoff_passed: '已过报名截止时间',
  not_recruiting: '活动不在招募中', already_signed_up: '已经报名', activity_cancelled: '活动已取消',
  below_holders: '人数不能少于已报名人数', two_adult_rule: '每组至少需要两名成人', ratio_exceeded: '超出儿童与成人比例',
  bad_check_in_code: '签到码不正确', not_begun: '活动尚未开始', activity_over: '活动已结束', not_over: '活动尚未结束', unauthorized: '请重新登录', forbidden: '没有权限',
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
