// @vitest-environment jsdom
import '../../../test/setup-dom';
import { render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { IndicatorFigures } from '../../api/types';
import i18n from '../../i18n';
import { Scores766 } from './Scores766';

// GET /api/stats/indicators?unit=440&period=2023-H1 (the demo's self block).
const SELF: IndicatorFigures = {
  handled: 3035,
  handledOnTime: 3035,
  handledDissatisfiedOrOverdue: 0,
  overdueWithApology: 0,
  overdueWithoutApology: 0,
  awaitingPastDue: 0,
  onlineAwaitingReception: 4,
  receivedNew: 2618,
  receivedOnline: 1170,
  fullOnlineDossiers: 1230,
  fullOnlineSubmittedOnline: 1170,
  fullOnlineRate: '95,12%',
  scores766: { progress: 20, satisfaction: 6, onlineService: 9.77 },
};

describe('Decision 766 scores', () => {
  it('shows each score with its formula and the counts put into it', () => {
    void i18n.changeLanguage('vi');
    render(createElement(I18nextProvider, { i18n }, createElement(Scores766, { figures: SELF, procedures: { level: 'district', total: 254, online: 186, onlineUsed: 120 } })));
    expect(screen.getByText('20 × (đúng hạn + đang trong hạn) / (đã và đang giải quyết)')).toBeTruthy();
    expect(screen.getByText('= 20 × 3.035 / 3.035')).toBeTruthy();
    expect(screen.getByText('20 / 20 điểm')).toBeTruthy();
    expect(screen.getByText(/^min\(6, 6·r\/0,90\)/)).toBeTruthy();
    expect(screen.getByText('6 / 6 điểm')).toBeTruthy();
    expect(screen.getByText('min(2, 2A/0,80) + 4B + min(6, 6C/0,50)')).toBeTruthy();
    expect(screen.getByText('9,77 / 12 điểm')).toBeTruthy();
    expect(screen.getByText(/A = 186\/254 TTHC có DVC trực tuyến = 73,23%; B = 120\/186 .* = 64,52%; C = 1\.170\/2\.618 .* = 44,69%/)).toBeTruthy();
  });

  it('says when a score cannot be computed', () => {
    render(
      createElement(I18nextProvider, { i18n }, createElement(Scores766, { figures: { ...SELF, handled: 0, scores766: { progress: null, satisfaction: null, onlineService: null } }, procedures: undefined })),
    );
    expect(screen.getAllByText('Chưa đủ dữ liệu để tính')).toHaveLength(3);
  });
});
