import { ReviewOutcomeField as ReviewOutcomeField_00904fd6e1de1f9c96097d201d911735 } from '../../../components/admin/ReviewOutcomeField'
import { ReviewStatusField as ReviewStatusField_cc8a8b35c8b0545605c2b185e59763e6 } from '../../../components/admin/ReviewStatusField'
import { ReviewDueCell as ReviewDueCell_fa0892f6b21bae8ceb3fe0c73b06f83d } from '../../../components/admin/ReviewDueCell'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SectionRowLabel as SectionRowLabel_15e770b778de1c47eb40d901b569e5fa } from '../../../components/admin/SectionRowLabel'
import { CheckedSectionField as CheckedSectionField_fd0e73baee88d42041d0f0599c04a327 } from '../../../components/admin/CheckedSectionField'
import { YesNoCell as YesNoCell_c819861bcfbec7c19feb676c4d30e0cc } from '../../../components/admin/YesNoCell'
import { WritingSignalsField as WritingSignalsField_8e204d787ee56577b7ed88a849d44cbb } from '../../../components/admin/WritingSignalsField'
import { TranslationPanel as TranslationPanel_b02c841d2c5fadeae679e981bfa1bfc4 } from '../../../components/admin/TranslationPanel'
import { ReadabilityPanel as ReadabilityPanel_395bf99224305ace03c6f14833ab5a5e } from '../../../components/admin/ReadabilityPanel'
import { ReadabilityDiff as ReadabilityDiff_8691aed7fc75fc06e77664c5aaeb8bf6 } from '../../../components/admin/ReadabilityDiff'
import { ReadingGradeCell as ReadingGradeCell_03b6967ce90159b92c4a56f371145006 } from '../../../components/admin/ReadingGradeCell'
import { PematScoresSummary as PematScoresSummary_d94a1736dafe5e3be5986f6c23e291d6 } from '../../../components/admin/PematScoresSummary'
import { MissedQuestionsField as MissedQuestionsField_77315453f89e7f9bfb4c98d2d805c36c } from '../../../components/admin/MissedQuestionsField'
import { PematRatingField as PematRatingField_88990564c61d0c872dcb813b852f744d } from '../../../components/admin/PematRatingField'
import { ReviewQueueFilter as ReviewQueueFilter_015c9c8ec4dae5cdc1dc8aadf946da7c } from '../../../components/admin/ReviewQueueFilter'
import { TopicsDueForReview as TopicsDueForReview_f7958433eebe45c17af7199e807a7cf1 } from '../../../components/admin/TopicsDueForReview'
import { ReviewerPublishButton as ReviewerPublishButton_daf8ca6566d9df4643ba296c97e8d0c2 } from '../../../components/admin/ReviewerPublishButton'
import { EhrClientKeyField as EhrClientKeyField_a80bcb8ccca994429a0f0ec275a015d3 } from '../../../components/admin/EhrClientKeyField'
import { CurrentPasswordField as CurrentPasswordField_cf1a4b30379bab442a970170a4a2b180 } from '@/components/admin/CurrentPasswordField'
import { AccountStatusCell as AccountStatusCell_107010e29f045d669ed3abb4d042bda2 } from '../../../components/admin/AccountStatusCell'
import { AuditExportLink as AuditExportLink_f892efaae1d4d2c58ab4c371e5b3cdd4 } from '@/components/audit/AuditExportLink'
import { ContentPacksNavLink as ContentPacksNavLink_89197cf1746490b4546a8dc1d74699f4 } from '@/components/admin/ContentPacksNavLink'
import { ReviewQueuePanel as ReviewQueuePanel_161338b03efdea58203d3d4c1593d6cb } from '@/components/admin/ReviewQueuePanel'
import { IdleLogoffWarning as IdleLogoffWarning_f1e32e6f1427399d722853ef0b0d36cf } from '@/components/IdleLogoffWarning'
import { ContentPacksView as ContentPacksView_a067d11618a8d7faad3b96a28e1c9e06 } from '@/components/admin/ContentPacksView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/ReviewOutcomeField#ReviewOutcomeField": ReviewOutcomeField_00904fd6e1de1f9c96097d201d911735,
  "/components/admin/ReviewStatusField#ReviewStatusField": ReviewStatusField_cc8a8b35c8b0545605c2b185e59763e6,
  "/components/admin/ReviewDueCell#ReviewDueCell": ReviewDueCell_fa0892f6b21bae8ceb3fe0c73b06f83d,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/admin/SectionRowLabel#SectionRowLabel": SectionRowLabel_15e770b778de1c47eb40d901b569e5fa,
  "/components/admin/CheckedSectionField#CheckedSectionField": CheckedSectionField_fd0e73baee88d42041d0f0599c04a327,
  "/components/admin/YesNoCell#YesNoCell": YesNoCell_c819861bcfbec7c19feb676c4d30e0cc,
  "/components/admin/WritingSignalsField#WritingSignalsField": WritingSignalsField_8e204d787ee56577b7ed88a849d44cbb,
  "/components/admin/TranslationPanel#TranslationPanel": TranslationPanel_b02c841d2c5fadeae679e981bfa1bfc4,
  "/components/admin/ReadabilityPanel#ReadabilityPanel": ReadabilityPanel_395bf99224305ace03c6f14833ab5a5e,
  "/components/admin/ReadabilityDiff#ReadabilityDiff": ReadabilityDiff_8691aed7fc75fc06e77664c5aaeb8bf6,
  "/components/admin/ReadingGradeCell#ReadingGradeCell": ReadingGradeCell_03b6967ce90159b92c4a56f371145006,
  "/components/admin/PematScoresSummary#PematScoresSummary": PematScoresSummary_d94a1736dafe5e3be5986f6c23e291d6,
  "/components/admin/MissedQuestionsField#MissedQuestionsField": MissedQuestionsField_77315453f89e7f9bfb4c98d2d805c36c,
  "/components/admin/PematRatingField#PematRatingField": PematRatingField_88990564c61d0c872dcb813b852f744d,
  "/components/admin/ReviewQueueFilter#ReviewQueueFilter": ReviewQueueFilter_015c9c8ec4dae5cdc1dc8aadf946da7c,
  "/components/admin/TopicsDueForReview#TopicsDueForReview": TopicsDueForReview_f7958433eebe45c17af7199e807a7cf1,
  "/components/admin/ReviewerPublishButton#ReviewerPublishButton": ReviewerPublishButton_daf8ca6566d9df4643ba296c97e8d0c2,
  "/components/admin/EhrClientKeyField#EhrClientKeyField": EhrClientKeyField_a80bcb8ccca994429a0f0ec275a015d3,
  "@/components/admin/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_cf1a4b30379bab442a970170a4a2b180,
  "/components/admin/AccountStatusCell#AccountStatusCell": AccountStatusCell_107010e29f045d669ed3abb4d042bda2,
  "@/components/audit/AuditExportLink#AuditExportLink": AuditExportLink_f892efaae1d4d2c58ab4c371e5b3cdd4,
  "@/components/admin/ContentPacksNavLink#ContentPacksNavLink": ContentPacksNavLink_89197cf1746490b4546a8dc1d74699f4,
  "@/components/admin/ReviewQueuePanel#ReviewQueuePanel": ReviewQueuePanel_161338b03efdea58203d3d4c1593d6cb,
  "@/components/IdleLogoffWarning#IdleLogoffWarning": IdleLogoffWarning_f1e32e6f1427399d722853ef0b0d36cf,
  "@/components/admin/ContentPacksView#ContentPacksView": ContentPacksView_a067d11618a8d7faad3b96a28e1c9e06,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
