/**
 * The look of the UI layer's controls: Fluent UI v9's (web) sizes, spacings, radii and colours,
 * through the theme's CSS custom properties (tokens.ts), on native elements. Colours drawn by us
 * give way to the system's in Windows high contrast (forced-colors).
 */
const body1 =
  'font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);line-height:var(--lineHeightBase300);font-weight:var(--fontWeightRegular);';
const caption1 =
  'font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase200);line-height:var(--lineHeightBase200);font-weight:var(--fontWeightRegular);';
const disabled = ':is(:disabled,[aria-disabled=true])';
/** The brand-coloured line that grows under a text field with the focus. */
const underline =
  'box-sizing:border-box;content:"";position:absolute;left:-1px;bottom:-1px;right:-1px;height:max(2px,var(--borderRadiusMedium));border-bottom-left-radius:var(--borderRadiusMedium);border-bottom-right-radius:var(--borderRadiusMedium);border-bottom:2px solid var(--colorCompoundBrandStroke);clip-path:inset(calc(100% - 2px) 0 0 0);transform:scaleX(0);transition:transform var(--durationUltraFast)';
const box =
  'border:1px solid var(--colorNeutralStroke1);border-bottom-color:var(--colorNeutralStrokeAccessible);border-radius:var(--borderRadiusMedium);background-color:var(--colorNeutralBackground1);';

export const UI_CSS = [
  `.ui-provider{${body1}color:var(--colorNeutralForeground1);background-color:var(--colorNeutralBackground1);text-align:left}`,
  // Text
  `.ui-Text{${body1}text-align:start;display:inline;white-space:normal}`,
  `.ui-Caption1{font-size:var(--fontSizeBase200);line-height:var(--lineHeightBase200)}`,
  `.ui-Subtitle2{font-size:var(--fontSizeBase400);line-height:var(--lineHeightBase400);font-weight:var(--fontWeightSemibold)}`,
  `.ui-Label{${body1}color:var(--colorNeutralForeground1)}`,
  `.ui-Label__required{color:var(--colorPaletteRedForeground3);padding-left:var(--spacingHorizontalXS)}`,
  // Button
  `.ui-Button{align-items:center;box-sizing:border-box;display:inline-flex;justify-content:center;vertical-align:middle;margin:0;overflow:hidden;background-color:var(--colorNeutralBackground1);color:var(--colorNeutralForeground1);border:var(--strokeWidthThin) solid var(--colorNeutralStroke1);font-family:var(--fontFamilyBase);outline-style:none;padding:5px var(--spacingHorizontalM);min-width:96px;border-radius:var(--borderRadiusMedium);font-size:var(--fontSizeBase300);font-weight:var(--fontWeightSemibold);line-height:var(--lineHeightBase300);transition:background var(--durationFaster),border var(--durationFaster),color var(--durationFaster);cursor:pointer}`,
  `.ui-Button:hover{background-color:var(--colorNeutralBackground1Hover);border-color:var(--colorNeutralStroke1Hover);color:var(--colorNeutralForeground1Hover)}`,
  `.ui-Button:hover:active{background-color:var(--colorNeutralBackground1Pressed);border-color:var(--colorNeutralStroke1Pressed);color:var(--colorNeutralForeground1Pressed)}`,
  `.ui-Button:focus-visible{border-color:var(--colorStrokeFocus2);outline:var(--strokeWidthThick) solid var(--colorTransparentStroke);box-shadow:0 0 0 var(--strokeWidthThin) var(--colorStrokeFocus2) inset;z-index:1}`,
  `.ui-Button--primary,.ui-Button--primary:hover,.ui-Button--primary:hover:active{border-color:transparent;color:var(--colorNeutralForegroundOnBrand);background-color:var(--colorBrandBackground)}`,
  `.ui-Button--primary:hover{background-color:var(--colorBrandBackgroundHover)}`,
  `.ui-Button--primary:hover:active{background-color:var(--colorBrandBackgroundPressed)}`,
  `.ui-Button--subtle,.ui-Button--transparent{border-color:transparent;color:var(--colorNeutralForeground2);background-color:var(--colorSubtleBackground)}`,
  `.ui-Button--subtle:hover{border-color:transparent;background-color:var(--colorSubtleBackgroundHover);color:var(--colorNeutralForeground2Hover)}`,
  `.ui-Button--subtle:hover:active{border-color:transparent;background-color:var(--colorSubtleBackgroundPressed);color:var(--colorNeutralForeground2Pressed)}`,
  `.ui-Button--transparent{background-color:var(--colorTransparentBackground)}`,
  `.ui-Button--transparent:hover,.ui-Button--transparent:hover:active{border-color:transparent;background-color:var(--colorTransparentBackgroundHover);color:var(--colorNeutralForeground2BrandHover)}`,
  `.ui-Button--small{min-width:64px;padding:3px var(--spacingHorizontalS);font-size:var(--fontSizeBase200);font-weight:var(--fontWeightRegular);line-height:var(--lineHeightBase200)}`,
  `.ui-Button--icon{min-width:32px;max-width:32px;padding:5px}`,
  `.ui-Button--small.ui-Button--icon{min-width:24px;max-width:24px;padding:1px}`,
  `.ui-Button__icon{display:inline-flex;align-items:center;justify-content:center;font-size:20px;height:20px;width:20px}`,
  `.ui-Button__icon+span{margin-left:var(--spacingHorizontalSNudge)}`,
  `.ui-Button${disabled},.ui-Button${disabled}:hover{background-color:var(--colorNeutralBackgroundDisabled);border-color:var(--colorNeutralStrokeDisabled);color:var(--colorNeutralForegroundDisabled);cursor:not-allowed}`,
  `.ui-Button--subtle${disabled},.ui-Button--transparent${disabled}{background-color:transparent;border-color:transparent}`,
  `@media (forced-colors:active){.ui-Button:focus{border-color:ButtonText}.ui-Button:hover,.ui-Button--primary:hover{background-color:HighlightText;border-color:Highlight;color:Highlight;forced-color-adjust:none}.ui-Button--primary{background-color:Highlight;border-color:HighlightText;color:HighlightText;forced-color-adjust:none}.ui-Button${disabled},.ui-Button${disabled}:hover{background-color:ButtonFace;border-color:GrayText;color:GrayText}}`,
  `@media (prefers-reduced-motion:reduce){.ui-Button{transition-duration:0.01ms}}`,
  // Link
  `.ui-Link{background-color:transparent;box-sizing:border-box;color:var(--colorBrandForegroundLink);cursor:pointer;display:inline;font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);font-weight:var(--fontWeightRegular);margin:0;padding:0;overflow:inherit;text-align:left;text-decoration-line:none;text-decoration-thickness:var(--strokeWidthThin);text-overflow:inherit;user-select:text;border-style:none}`,
  `a.ui-Link{font-size:inherit}`,
  `.ui-Link--inline{text-decoration-line:underline}`,
  `.ui-Link:hover{text-decoration-line:underline;color:var(--colorBrandForegroundLinkHover)}`,
  `.ui-Link:active{text-decoration-line:underline;color:var(--colorBrandForegroundLinkPressed)}`,
  `.ui-Link:focus-visible{outline-style:none;text-decoration-line:underline;text-decoration-style:double;text-decoration-color:var(--colorStrokeFocus2)}`,
  // Text fields and selects: a box with a darker bottom border, the brand underline on focus
  `.ui-Input,.ui-Textarea,.ui-Select{position:relative;box-sizing:border-box;min-width:0}`,
  `.ui-Input::after,.ui-Textarea::after,.ui-Select::after{${underline}}`,
  `.ui-Input:focus-within::after,.ui-Textarea:focus-within::after,.ui-Select:focus-within::after{transform:scaleX(1);transition-duration:var(--durationNormal)}`,
  `.ui-Input,.ui-Textarea{${box}}`,
  `.ui-Input:hover,.ui-Textarea:hover{border-color:var(--colorNeutralStroke1Hover);border-bottom-color:var(--colorNeutralStrokeAccessibleHover)}`,
  `.ui-Input:focus-within,.ui-Textarea:focus-within{border-color:var(--colorNeutralStroke1Pressed);border-bottom-color:var(--colorNeutralStrokeAccessiblePressed);outline:2px solid transparent}`,
  `.ui-Input{display:inline-flex;align-items:center;flex-wrap:nowrap;gap:var(--spacingHorizontalXXS);vertical-align:middle;min-height:32px;${body1}padding:0 var(--spacingHorizontalMNudge)}`,
  `.ui-Input__input{align-self:stretch;box-sizing:border-box;flex-grow:1;min-width:0;border-style:none;padding:0 var(--spacingHorizontalXXS);color:var(--colorNeutralForeground1);background-color:transparent;outline-style:none;font:inherit}`,
  `.ui-Input__input::placeholder,.ui-Textarea__textarea::placeholder{color:var(--colorNeutralForeground4);opacity:1}`,
  `.ui-Input__after{display:flex;color:var(--colorNeutralForeground3)}`,
  `.ui-Textarea{display:inline-flex;padding:0 0 var(--strokeWidthThick) 0;margin:0;vertical-align:top}`,
  `.ui-Textarea__textarea{border-style:none;margin:0;background-color:transparent;box-sizing:border-box;color:var(--colorNeutralForeground1);flex-grow:1;${body1}height:100%;min-height:52px;max-height:260px;padding:var(--spacingVerticalSNudge) calc(var(--spacingHorizontalMNudge) + var(--spacingHorizontalXXS));outline-style:none;resize:vertical}`,
  `.ui-Select{display:flex;align-items:center;flex-wrap:nowrap;max-width:100%}`,
  `.ui-Select__select{appearance:none;${box}box-shadow:none;box-sizing:border-box;color:var(--colorNeutralForeground1);cursor:pointer;flex-grow:1;width:100%;min-width:0;max-width:100%;text-overflow:ellipsis;height:32px;${body1}padding:0 calc(var(--spacingHorizontalMNudge) + 20px + 2 * var(--spacingHorizontalXXS)) 0 calc(var(--spacingHorizontalMNudge) + var(--spacingHorizontalXXS))}`,
  `.ui-Select__select:hover{border-color:var(--colorNeutralStroke1Hover);border-bottom-color:var(--colorNeutralStrokeAccessibleHover)}`,
  `.ui-Select__select:focus{outline:2px solid transparent}`,
  `.ui-Select__select option{background-color:var(--colorNeutralBackground1);color:var(--colorNeutralForeground1)}`,
  `.ui-Select__icon{position:absolute;right:var(--spacingHorizontalMNudge);pointer-events:none;display:flex;width:20px;height:20px;align-items:center;justify-content:center;color:var(--colorNeutralStrokeAccessible)}`,
  `.ui-Select__select:disabled{background-color:var(--colorTransparentBackground);border-color:var(--colorNeutralStrokeDisabled);color:var(--colorNeutralForegroundDisabled);cursor:not-allowed}`,
  `.ui-Select__select:disabled+.ui-Select__icon{color:var(--colorNeutralForegroundDisabled)}`,
  `@media (forced-colors:active){.ui-Select__select:disabled{border-color:GrayText}.ui-Select__icon{color:CanvasText}}`,
  // Checkbox and radio: the native control, in the brand colour
  `.ui-Check{display:inline-flex;align-items:flex-start;position:relative;vertical-align:middle;cursor:pointer;color:var(--colorNeutralForeground1)}`,
  `.ui-Check__input{box-sizing:border-box;flex-shrink:0;width:16px;height:16px;margin:var(--spacingVerticalS) var(--spacingHorizontalS);accent-color:var(--colorCompoundBrandBackground);cursor:pointer}`,
  `.ui-Check__label{${body1}padding:var(--spacingVerticalS) var(--spacingHorizontalS) var(--spacingVerticalS) var(--spacingHorizontalXS);margin:calc((16px - var(--lineHeightBase300)) / 2) 0;cursor:pointer}`,
  // Unticked: the label a step lighter, as in Fluent UI.
  `.ui-Check__input:not(:checked)~.ui-Check__label{color:var(--colorNeutralForeground3)}`,
  `.ui-Check:hover .ui-Check__input:not(:checked)~.ui-Check__label{color:var(--colorNeutralForeground2)}`,
  `.ui-RadioGroup{display:flex;flex-direction:column;align-items:flex-start}`,
  // Field: label, control, validation message, hint
  `.ui-Field{display:grid;min-width:0}`,
  `.ui-Field__label{max-width:max-content;max-height:max-content;padding:var(--spacingVerticalXXS) 0;margin-bottom:var(--spacingVerticalXXS)}`,
  `.ui-Field__hint,.ui-Field__message{margin-top:var(--spacingVerticalXXS);color:var(--colorNeutralForeground3);${caption1}}`,
  `.ui-Field__message--error{color:var(--colorPaletteRedForeground1);padding-left:calc(12px + var(--spacingHorizontalXS))}`,
  `.ui-Field__icon{display:inline-block;font-size:12px;margin-left:calc(-12px - var(--spacingHorizontalXS));margin-right:var(--spacingHorizontalXS);line-height:0;vertical-align:-1px}`,
  // Message bar
  `.ui-MessageBar{display:grid;grid-template-columns:auto 1fr auto;grid-template-areas:"icon body actions";align-items:start;box-sizing:border-box;min-height:36px;padding:var(--spacingVerticalMNudge) 0 var(--spacingVerticalS) var(--spacingHorizontalM);border:var(--strokeWidthThin) solid var(--colorNeutralStroke1);border-radius:var(--borderRadiusMedium);background-color:var(--colorNeutralBackground3);white-space:normal}`,
  `.ui-MessageBar__icon{grid-area:icon;display:flex;align-items:center;height:20px;margin-right:var(--spacingHorizontalS);color:var(--colorNeutralForeground3)}`,
  `.ui-MessageBar__body{grid-area:body;${body1}padding-right:var(--spacingHorizontalM);min-width:0;overflow-wrap:anywhere}`,
  `.ui-MessageBar__title{font-weight:var(--fontWeightSemibold)}`,
  `.ui-MessageBar__title::after{content:" "}`,
  `.ui-MessageBar__actions{grid-area:actions;padding-right:var(--spacingHorizontalM)}`,
  // A message bar's buttons are small, as Fluent UI makes them.
  `.ui-MessageBar__actions .ui-Button{min-width:64px;padding:3px var(--spacingHorizontalS);font-size:var(--fontSizeBase200);font-weight:var(--fontWeightRegular);line-height:var(--lineHeightBase200)}`,
  `.ui-MessageBar__actions .ui-Button--icon{min-width:24px;max-width:24px;padding:1px}`,
  `.ui-MessageBar--error{background-color:var(--colorStatusDangerBackground1);border-color:var(--colorStatusDangerBorder1)}`,
  `.ui-MessageBar--error .ui-MessageBar__icon{color:var(--colorStatusDangerForeground1)}`,
  `.ui-MessageBar--warning{background-color:var(--colorStatusWarningBackground1);border-color:var(--colorStatusWarningBorder1)}`,
  `.ui-MessageBar--warning .ui-MessageBar__icon{color:var(--colorStatusWarningForeground3)}`,
  `.ui-MessageBar--success{background-color:var(--colorStatusSuccessBackground1);border-color:var(--colorStatusSuccessBorder1)}`,
  `.ui-MessageBar--success .ui-MessageBar__icon{color:var(--colorStatusSuccessForeground1)}`,
  // Badges
  `.ui-Badge{display:inline-flex;box-sizing:border-box;align-items:center;justify-content:center;position:relative;vertical-align:middle;font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase200);font-weight:var(--fontWeightSemibold);line-height:var(--lineHeightBase200);height:20px;min-width:20px;padding:0 calc(var(--spacingHorizontalXS) + var(--spacingHorizontalXXS));border-radius:var(--borderRadiusCircular);border-color:var(--colorTransparentStroke)}`,
  `.ui-Badge::after{content:"";position:absolute;inset:0;border-style:solid;border-color:inherit;border-width:var(--strokeWidthThin);border-radius:inherit}`,
  `.ui-Badge--tint{background-color:var(--colorBrandBackground2);color:var(--colorBrandForeground2);border-color:var(--colorBrandStroke2)}`,
  `.ui-Badge--danger{background-color:var(--colorPaletteRedBackground3);color:var(--colorNeutralForegroundOnBrand)}`,
  `.ui-Badge--informative{background-color:var(--colorNeutralBackground5);color:var(--colorNeutralForeground3)}`,
  // Progress: a spinner, a bar
  `.ui-Spinner{display:inline-block;flex-shrink:0;box-sizing:border-box;width:20px;height:20px;border:2px solid var(--colorBrandStroke2Contrast);border-top-color:var(--colorBrandStroke1);border-radius:50%;animation:ui-spin 1.5s linear infinite}`,
  `@keyframes ui-spin{to{transform:rotate(360deg)}}`,
  `.ui-ProgressBar{display:block;position:relative;overflow:hidden;width:100%;height:2px;border-radius:var(--borderRadiusMedium);background-color:var(--colorNeutralBackground6)}`,
  `.ui-ProgressBar__bar{height:100%;border-radius:inherit;background-color:var(--colorCompoundBrandBackground);transition:width .3s ease}`,
  `.ui-ProgressBar__bar--indeterminate{width:33%;animation:ui-progress 3s linear infinite}`,
  `@keyframes ui-progress{from{transform:translateX(-100%)}to{transform:translateX(300%)}}`,
  `@media (forced-colors:active){.ui-ProgressBar{border:1px solid CanvasText}.ui-ProgressBar__bar,.ui-Spinner{forced-color-adjust:none}.ui-ProgressBar__bar{background-color:Highlight}.ui-Spinner{border-color:Canvas;border-top-color:Highlight}}`,
  `@media (prefers-reduced-motion:reduce){.ui-Spinner,.ui-ProgressBar__bar--indeterminate{animation-duration:6s}}`,
].join('');
