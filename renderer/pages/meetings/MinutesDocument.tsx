import type { TFunction } from 'i18next';
import { dateParts, formatViDate } from '../../../shared/dates/calendar';
import type { MeetingDetail } from '../../../shared/meetings/views';
import type { HomeOrganisation } from '../../../shared/org/schemas';
import classes from './Minutes.module.css';
import { percentText } from './describeMeeting';

/** "19:05" → hour and minute as the minutes write them ("19 giờ 05 phút"). */
function clock(time: string) {
  const [hour = '', minute = ''] = time.split(':');
  return { hour: String(Number(hour)), minute };
}

/** Headings of party documents are capitals; Vietnamese letters upper-case correctly with the 'vi' locale. */
const upper = (text: string) => text.toLocaleUpperCase('vi');

function Heading({ t, home, meeting }: { t: TFunction; home: HomeOrganisation; meeting: MeetingDetail }) {
  const { year, month, day } = dateParts(meeting.date);
  return (
    <div className={classes.heading}>
      <div>
        {home.parent && <p>{upper(home.parent.name)}</p>}
        <p className={classes.strong}>{upper(home.name)}</p>
        <p>*</p>
      </div>
      <div>
        <p className={classes.underlined}>{t('minutes.party')}</p>
        <p className={classes.dated}>{t('minutes.dated', { day, month, year })}</p>
      </div>
    </div>
  );
}

/** "Vắng có lý do (2 đồng chí): đồng chí A (ốm); đồng chí B (công tác)." or "Vắng có lý do: không có." */
function Absentees({ t, label, names }: { t: TFunction; label: string; names: string[] }) {
  return names.length === 0
    ? `${label}: ${t('minutes.none')}`
    : `${t('minutes.counted', { label, count: names.length })}: ${names.join('; ')}.`;
}

function Attendance({ t, meeting }: { t: TFunction; meeting: MeetingDetail }) {
  const { figures, composition } = meeting;
  const expectedIds = new Set(meeting.expected.map((member) => member.memberId));
  const marked = new Set(meeting.attendance.map((row) => row.memberId));
  const excused = meeting.attendance
    .filter((row) => row.presence === 'excused')
    .map((row) => t('minutes.absenteeReason', { name: row.fullName, reason: row.reason ?? '' }));
  const absent = meeting.attendance
    .filter((row) => row.presence === 'absent')
    .map((row) => t('minutes.absentee', { name: row.fullName }));
  const unrecorded = meeting.expected
    .filter((member) => expectedIds.has(member.memberId) && !marked.has(member.memberId))
    .map((member) => t('minutes.absentee', { name: member.fullName }));
  return (
    <>
      <p>{t('minutes.attendees')}</p>
      <ul>
        <li>{t('minutes.composition', { ...composition })}</li>
        <li>
          {figures.rate === null
            ? t('minutes.expectedNobody')
            : t('minutes.expected', { expected: figures.expected, present: figures.present, rate: percentText(figures.rate, 'vi') })}
        </li>
        {figures.exemptPresent > 0 && <li>{t('minutes.exemptPresent', { count: figures.exemptPresent })}</li>}
        <li>
          <Absentees t={t} label={t('minutes.excused')} names={excused} />
        </li>
        <li>
          <Absentees t={t} label={t('minutes.absent')} names={absent} />
        </li>
        {unrecorded.length > 0 && (
          <li>
            <Absentees t={t} label={t('minutes.unrecorded')} names={unrecorded} />
          </li>
        )}
      </ul>
    </>
  );
}

function Guests({ t, meeting }: { t: TFunction; meeting: MeetingDetail }) {
  if (meeting.guests.length === 0) return null;
  return (
    <>
      <p>{t('minutes.guests')}</p>
      <ul>
        {meeting.guests.map((guest, index) => (
          <li key={index}>
            {[t('minutes.guest', { name: guest.name }), guest.position, guest.body, guest.upperLevel ? t('minutes.upperLevel') : null]
              .filter(Boolean)
              .join(', ')}
          </li>
        ))}
      </ul>
    </>
  );
}

/** A titled part of the minutes; an empty part keeps a dotted line to write on by hand. */
function Part({ t, title, text }: { t: TFunction; title: string; text: string | null }) {
  return (
    <>
      <p className={classes.part}>{title}</p>
      <p className={classes.text}>{text ?? t('minutes.blank')}</p>
    </>
  );
}

/**
 * The minutes of one meeting as the cell files them. Always worded in Vietnamese (`t` is the Vietnamese translator):
 * the minutes are a party document, whatever language the screen is in.
 */
export function MinutesDocument({ t, home, meeting }: { t: TFunction; home: HomeOrganisation; meeting: MeetingDetail }) {
  const { year, month, day } = dateParts(meeting.date);
  const start = clock(meeting.startTime);
  const end = clock(meeting.endTime);
  return (
    <article className={classes.sheet} lang="vi" aria-label={t('minutes.title')}>
      <Heading t={t} home={home} meeting={meeting} />
      <div className={classes.title}>
        <h2>{t('minutes.title')}</h2>
        <p>{t(`minutes.subject.${meeting.kind}`, { month, year, date: formatViDate(meeting.date) })}</p>
      </div>
      <div className={classes.body}>
        <p>{t('minutes.time', { ...start, day, month, year })}</p>
        <p>{t('minutes.place', { place: meeting.place ?? t('minutes.blank') })}</p>
        <Attendance t={t} meeting={meeting} />
        <Guests t={t} meeting={meeting} />
        <p>{meeting.chair ? t('minutes.chair', { name: meeting.chair }) : t('minutes.chairBlank')}</p>
        <p>{meeting.secretary ? t('minutes.secretary', { name: meeting.secretary }) : t('minutes.secretaryBlank')}</p>
        <Part t={t} title={t('minutes.agenda')} text={meeting.agenda} />
        <Part t={t} title={t('minutes.conclusions')} text={meeting.conclusions} />
        <Part t={t} title={t('minutes.resolution')} text={meeting.resolution} />
        <p className={classes.closing}>{t('minutes.end', end)}</p>
      </div>
      <div className={classes.signatures}>
        <div>
          <p className={classes.strong}>{t('minutes.signSecretary')}</p>
          <p className={classes.hint}>{t('minutes.signHint')}</p>
          <p className={classes.signName}>{meeting.secretary ?? ''}</p>
        </div>
        <div>
          <p className={classes.strong}>{t('minutes.signChair')}</p>
          <p className={classes.hint}>{t('minutes.signHint')}</p>
          <p className={classes.signName}>{meeting.chair ?? ''}</p>
        </div>
      </div>
    </article>
  );
}
