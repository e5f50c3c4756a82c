import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { permissionsFor } from '../../../common/permissions';
import { PlansPage } from './PlansPage';
import { PlanChecksPage } from './PlanChecksPage';
import { WorkspacePage } from './WorkspacePage';
import { ReviewQueuePage } from './ReviewQueuePage';

const App = () => (
  <Page.Protect permissions={permissionsFor('read')}>
    <Routes>
      <Route index element={<PlansPage />} />
      <Route path="plans/:documentId" element={<WorkspacePage />} />
      <Route path="plans/:documentId/checks" element={<PlanChecksPage />} />
      <Route path="review" element={<ReviewQueuePage />} />
      <Route path="*" element={<Page.Error />} />
    </Routes>
  </Page.Protect>
);

export default App;
