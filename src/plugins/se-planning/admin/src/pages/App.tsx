import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { PERMISSIONS } from '../pluginId';
import { PlansPage } from './PlansPage';
import { PlanChecksPage } from './PlanChecksPage';
import { ReviewQueuePage } from './ReviewQueuePage';

const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <Routes>
      <Route index element={<PlansPage />} />
      <Route path="plans/:documentId" element={<PlanChecksPage />} />
      <Route path="review" element={<ReviewQueuePage />} />
      <Route path="*" element={<Page.Error />} />
    </Routes>
  </Page.Protect>
);

export default App;
